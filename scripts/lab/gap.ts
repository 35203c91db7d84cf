// Prints the gap between real casting photos and the built-in generator: where the part sits,
// intensity per radius band (from the part's centre, fraction of the image width), the lighting
// sweep round the flange, edge energy, and the cross-validated ROC-AUC of a small "real or
// generated" classifier (logistic regression on those numbers; 0.5 = cannot tell them apart).
//   npm run lab:gap   (env: SIZE, default 64; N generated images, default 262; SEED; REAL_CASTINGS;
//   BANDS=fine for 0.02-wide bands; HALF=calibration (default), held-out or all of the photos)
import { generateImage } from '../../src/lib/lab/dataset/generate';
import {
	angularHarmonic,
	crossValidatedAuc,
	darkCentroid,
	edgeEnergy,
	gapFeatures,
	GAP_EDGES,
	radialBands,
	type Gray
} from '../../src/lib/lab/dataset/gap';
import { loadRealPhotos, realHalves, realPhotosDir } from './real-photos';
import { subset } from '../../src/lib/lab/dataset/split';

const size = Number(process.env.SIZE ?? 64);
const nGen = Number(process.env.N ?? 262);
const seed = Number(process.env.SEED ?? 1);
const dir = realPhotosDir();
if (!dir) {
	console.log('no real-castings folder (set REAL_CASTINGS): nothing to compare with');
	process.exit(0);
}
// calibrate on one half of the photos and check on the other (HALF=calibration|held-out|all)
const half = process.env.HALF ?? 'calibration';
const allReal = loadRealPhotos(dir, size);
const halves = realHalves(allReal.labels);
const realDs =
	half === 'all' ? allReal : subset(allReal, half === 'held-out' ? halves.heldOut : halves.calibration);
console.log(`real photos: ${half} (${realDs.count} of ${allReal.count})`);
const n = size * size;
const real: Gray[] = Array.from({ length: realDs.count }, (_, i) => ({
	size,
	data: Float32Array.from(realDs.pixels.subarray(i * n, (i + 1) * n), (v) => v / 255)
}));
// the generated images go through bytes too, as the lab stores them
const gen: Gray[] = Array.from({ length: nGen }, (_, i) => ({
	size,
	data: Float32Array.from(
		generateImage(seed, i, size).pixels,
		(v) => Math.round(Math.min(1, Math.max(0, v)) * 255) / 255
	)
}));

const edges =
	process.env.BANDS === 'fine' ? Array.from({ length: 26 }, (_, i) => Math.min(0.5, i * 0.02)) : GAP_EDGES;
const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const sd = (a: number[]) => Math.sqrt(mean(a.map((v) => (v - mean(a)) ** 2)));
const f3 = (v: number) => v.toFixed(3);

function summary(imgs: Gray[]) {
	const cs = imgs.map((g) => darkCentroid(g) ?? { cx: 0.5, cy: 0.5 });
	const bands = imgs.map((g, i) => radialBands(g, cs[i].cx, cs[i].cy, edges));
	const sweep = imgs.map((g, i) => angularHarmonic(g, cs[i].cx, cs[i].cy, 0.28, 0.4, 1));
	const sweep2 = imgs.map((g, i) => angularHarmonic(g, cs[i].cx, cs[i].cy, 0.28, 0.4, 2));
	return {
		cx: cs.map((c) => c.cx),
		cy: cs.map((c) => c.cy),
		bandMean: edges.slice(1).map((_, b) => bands.map((x) => x[b].mean)),
		bandSd: edges.slice(1).map((_, b) => bands.map((x) => x[b].sd)),
		edge: imgs.map((g) => Math.sqrt(edgeEnergy(g))),
		sweepAmp: sweep.map((h) => h.amplitude),
		sweepDir: sweep.map((h) => (h.phase * 180) / Math.PI),
		sweep2Amp: sweep2.map((h) => h.amplitude)
	};
}
const R = summary(real),
	G = summary(gen);
const row = (name: string, a: number[], b: number[]) =>
	console.log(
		`${name.padEnd(22)} real ${f3(mean(a))} ± ${f3(sd(a))}   generated ${f3(mean(b))} ± ${f3(sd(b))}   gap ${(mean(b) - mean(a)).toFixed(3)}`
	);
console.log(`${real.length} real photos, ${gen.length} generated images, ${size}×${size}`);
row('centre x', R.cx, G.cx);
row('centre y', R.cy, G.cy);
edges.slice(1).forEach((r1, b) => {
	row(`band ${f3(edges[b])}–${f3(r1)} mean`, R.bandMean[b], G.bandMean[b]);
	row(`band ${f3(edges[b])}–${f3(r1)} sd`, R.bandSd[b], G.bandSd[b]);
});
row('edge energy (rms)', R.edge, G.edge);
row('sweep amplitude k=1', R.sweepAmp, G.sweepAmp);
row('sweep amplitude k=2', R.sweep2Amp, G.sweep2Amp);
// the sweep's direction as a histogram (degrees, y downwards, 0 = to the right)
const hist = (a: number[]) => {
	const h = new Array(8).fill(0);
	for (const d of a) h[Math.floor((((d % 360) + 360 + 22.5) % 360) / 45)]++;
	return h.map((c) => Math.round((100 * c) / a.length)).join(' ');
};
console.log(
	`sweep direction %, from 0° in 45° steps: real [${hist(R.sweepDir)}]  generated [${hist(G.sweepDir)}]`
);
const X = [...real, ...gen].map(gapFeatures);
const y = [...real.map(() => 1), ...gen.map(() => 0)];
const auc = crossValidatedAuc(X, y, 5, seed);
console.log(
	`real-vs-generated-roc-auc: ${auc === null ? 'undefined' : auc.toFixed(3)} (5-fold logistic regression; 0.5 = indistinguishable)`
);
