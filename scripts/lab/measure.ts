// Measures the lab's defaults on the built-in data with the fast CPU backend in Node, and says
// which kinds of defect the model missed on the test set:
//   npx vite-node scripts/lab/measure.ts   (env: TRAIN, TEST, EPOCHS, SIZE, SEED, LR, BATCH, ARCH,
//   AUG=0 for no augmentation, AUG=dihedral for flips and quarter turns, BACKEND=fast-cpu|cpu, REAL_CASTINGS=folder of real photos)
// and, when the real photos are there (scripts/lab/real-photos.ts), how it ranks them (ROC-AUC).
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_COUNTS, predictScores, trainDefault } from '../../src/lib/lab/train';
import { generateDataset, generateImage, TEST_SEED_OFFSET } from '../../src/lib/lab/dataset/generate';
import { fitOod, oodFeatures, oodScore } from '../../src/lib/lab/ood';
import { NO_AUGMENTATION } from '../../src/lib/math/augment';
import { initBackend, type BackendChoice } from '../../src/lib/lab/backend';
import { LAB_DEFAULTS, type InputNorm } from '../../src/lib/lab/defaults';
import { rocAuc } from '../../src/lib/math/metrics';
import { loadRealPhotos, realHalves, realPhotosDir } from './real-photos';

// NORM=none|per-image measures another input normalisation than the default (defaults.ts)
if (process.env.NORM) (LAB_DEFAULTS as { inputNorm: InputNorm }).inputNorm = process.env.NORM as InputNorm;
const backend = await initBackend(tf, (process.env.BACKEND ?? 'fast-cpu') as BackendChoice);
console.log(`backend: ${backend.label}`);
const env = (k: string) => (process.env[k] ? Number(process.env[k]) : undefined);
const seed = env('SEED') ?? 1;
const t0 = performance.now();
const r = await trainDefault(tf, {
	seed,
	trainCount: env('TRAIN'),
	testCount: env('TEST'),
	size: env('SIZE'),
	architecture: process.env.ARCH ? JSON.parse(process.env.ARCH) : undefined,
	settings: {
		...(env('EPOCHS') ? { epochs: env('EPOCHS') } : {}),
		...(env('LR') ? { learningRate: env('LR') } : {}),
		...(env('BATCH') ? { batchSize: env('BATCH') } : {}),
		...(process.env.AUG === '0' ? { augmentation: NO_AUGMENTATION } : {}),
		...(process.env.AUG === 'dihedral'
			? { augmentation: { ...NO_AUGMENTATION, flipH: true, flipV: true, quarterTurn: true } }
			: {}),
		...(process.env.RESTORE === '0' ? { restoreBest: false } : {})
	},
	build: {
		...(process.env.BN === '1' ? { batchNorm: true } : {}),
		...(process.env.GAP === 'avg' ? { globalAvg: true } : {})
	},
	hooks: { onEpoch: (l) => console.log(JSON.stringify(l)) }
});
const secs = (performance.now() - t0) / 1000;
const trainSecs = r.history.reduce((s, h) => s + h.seconds, 0);
const images = r.history.reduce((s, h) => s + h.imagesPerSecond * h.seconds, 0);

// misses by kind: the test set is generateImage(seed + TEST_SEED_OFFSET, i), so its parts are known
const misses: Record<string, [number, number]> = {};
for (let i = 0; i < r.test.count; i++) {
	const part = generateImage(seed + TEST_SEED_OFFSET, i, r.test.size);
	const wrong = (r.scores[i] >= 0.5 ? 1 : 0) !== r.test.labels[i];
	const kinds = part.label ? new Set(part.spec.defects.map((d) => d.kind)) : ['ok'];
	for (const k of kinds) {
		misses[k] ??= [0, 0];
		misses[k][0] += wrong ? 1 : 0;
		misses[k][1]++;
	}
}
// the real photos (fixtures beside the repository, see real-photos.ts): how the model ranks them
const realDir = realPhotosDir();
let realLine = 'real-roc-auc: skipped (no real-castings folder; set REAL_CASTINGS)';
if (realDir) {
	const real = loadRealPhotos(realDir, r.test.size);
	const rs = await predictScores(tf, r.model, real);
	const labels = Array.from(real.labels);
	const aucOf = (idx: number[]) => {
		const a = rocAuc(
			idx.map((i) => rs[i]),
			idx.map((i) => labels[i])
		);
		const pos = idx.reduce((s, i) => s + labels[i], 0);
		return `${a.ok ? a.value.toFixed(3) : a.reason} (${idx.length} photos, ${pos} defective)`;
	};
	const acc = rs.reduce((s, v, i) => s + ((v >= 0.5 ? 1 : 0) === labels[i] ? 1 : 0), 0) / real.count;
	const halves = realHalves(labels);
	// how many photos the lab would call unlike its training images (ood.ts)
	const size = r.test.size;
	const trainSet = generateDataset({ seed, count: env('TRAIN') ?? DEFAULT_COUNTS.train, size });
	const ood = fitOod(trainSet.pixels, size, trainSet.count)!;
	const n = size * size;
	const unusual = labels.filter(
		(_, i) => oodScore(ood, oodFeatures(real.pixels.subarray(i * n, (i + 1) * n), size)) > ood.threshold
	).length;
	realLine =
		`real-roc-auc: ${aucOf(labels.map((_, i) => i))}; accuracy at 0.5: ${acc.toFixed(3)}\n` +
		`real-roc-auc-calibration-half: ${aucOf(halves.calibration)}\n` +
		`real-roc-auc-held-out-half: ${aucOf(halves.heldOut)}\n` +
		`real-photos-unlike-training (ood): ${unusual}/${real.count}`;
}
r.model.dispose();
console.log(`backend: ${tf.getBackend()}`);
console.log(`epochs: ${r.history.length}, kept: ${r.keptEpoch} (${r.end})`);
console.log(
	`misses by kind (parts with that defect): ${Object.entries(misses)
		.map(([k, [w, n]]) => `${k} ${w}/${n}`)
		.join(', ')}`
);
console.log(`test-accuracy: ${r.testAccuracy}`);
console.log(realLine);
console.log(`total-seconds: ${secs.toFixed(1)}`);
console.log(`training-seconds: ${trainSecs.toFixed(1)}`);
console.log(`train-images-per-second: ${(images / trainSecs).toFixed(1)}`);
