// The pointing game and the shortcut experiment with the lab's defaults, in Node on the fast CPU
// backend, through the lab's own code (trainDefault, pointingGame, batchScorer):
//   npx vite-node scripts/lab/pointing.ts            (or: npm run lab:pointing)
// env: SHORTCUT=none|mark|both (both), SEED (1), EPOCHS, TRAIN (training images), PARTS (40),
//   DRAWN (drawn parts of any kind scored for accuracy, 200), TEST_MAPS (defective test images
//   whose heat-map peak is checked against the mark's corner, 20), BACKEND=fast-cpu|cpu.
// Prints, for each setting: test accuracy, accuracy on drawn parts (which never carry the mark),
// pointing-accuracy with hits/total and by kind, and how often a peak sits on the mark's corner.
import * as tf from '@tensorflow/tfjs';
import { initBackend, type BackendChoice } from '../../src/lib/lab/backend';
import { trainDefault } from '../../src/lib/lab/train';
import { peaksOn, pointingGame } from '../../src/lib/lab/pointing';
import { batchScorer, occlusionSettings } from '../../src/lib/lab/saliency';
import { occlusionMap, pointsAtDefect, saliencyPeak } from '../../src/lib/math/saliency';
import { heldOutPart } from '../../src/lib/lab/dataset/generate';
import { toBytes, toUnit } from '../../src/lib/lab/dataset/pixels';
import { shortcutMark, type Shortcut } from '../../src/lib/lab/dataset/shortcut';

const env = (k: string) => (process.env[k] ? Number(process.env[k]) : undefined);
const backend = await initBackend(tf, (process.env.BACKEND ?? 'fast-cpu') as BackendChoice);
console.log(`backend: ${backend.label}`);
const seed = env('SEED') ?? 1;
const parts = env('PARTS') ?? 40;
const drawn = env('DRAWN') ?? 200;
const testMaps = env('TEST_MAPS') ?? 20;
const which = process.env.SHORTCUT ?? 'both';
const settings: Shortcut[] = which === 'both' ? ['none', 'mark'] : [which as Shortcut];

for (const shortcut of settings) {
	const t0 = performance.now();
	const r = await trainDefault(tf, {
		seed,
		trainCount: env('TRAIN'),
		shortcut,
		settings: env('EPOCHS') ? { epochs: env('EPOCHS') } : {}
	});
	const size = r.test.size;
	const score = batchScorer(tf, r.model, size);
	// drawn parts like the data set's (about 57% defective), never marked
	const images = Array.from({ length: drawn }, (_, i) => heldOutPart(seed, 10_000 + i, size, 'any'));
	const ps = await score(images.map((p) => toUnit(toBytes(p.pixels)) as Float32Array));
	const right = ps.filter((p, i) => (p >= 0.5 ? 1 : 0) === images[i].label).length;
	const defIdx = images.map((p, i) => (p.label ? i : -1)).filter((i) => i >= 0);
	const caught = defIdx.filter((i) => ps[i] >= 0.5).length;
	const game = (await pointingGame(seed, size, score, { count: parts }))!;
	const markOf = shortcutMark(size);
	const mark = { row: markOf.row, col: markOf.col, radius: markOf.rim };
	const onMark = peaksOn(game, mark);
	// where the maps of defective test images (marked, with the shortcut) peak
	const n2 = size * size;
	const defTest = Array.from({ length: r.test.count }, (_, i) => i)
		.filter((i) => r.test.labels[i] === 1)
		.slice(0, testMaps);
	let testOnMark = 0;
	for (const i of defTest) {
		const img = toUnit(r.test.pixels.subarray(i * n2, (i + 1) * n2)) as Float32Array;
		const map = await occlusionMap(
			{ data: img, height: size, width: size },
			score,
			occlusionSettings(img, size)
		);
		if (pointsAtDefect(saliencyPeak(map), mark, game.margin)) testOnMark++;
	}
	r.model.dispose();
	console.log(`--- shortcut=${shortcut} (seed ${seed}, ${r.history.length} epochs, kept ${r.keptEpoch})`);
	console.log(
		`test-accuracy: ${r.testAccuracy.toFixed(3)} (${r.test.count} test images, marked as the training set)`
	);
	console.log(
		`drawn-accuracy: ${(right / drawn).toFixed(3)} (${drawn} drawn parts, unmarked; defective caught ${caught}/${defIdx.length})`
	);
	console.log(
		`pointing-accuracy: ${game.accuracy.toFixed(3)} (hits ${game.hits}/${game.total}, margin ${game.margin} px, patch ${game.patch}, stride ${game.stride})`
	);
	console.log(
		`pointing by kind: ${Object.entries(game.byKind)
			.map(([k, v]) => `${k} ${v.hits}/${v.total}`)
			.join(', ')}`
	);
	console.log(`drawn parts' peaks on the mark's corner: ${onMark}/${game.total}`);
	console.log(`defective test images' peaks on the mark's corner: ${testOnMark}/${defTest.length}`);
	console.log(
		`mean P(defective) of the pointing parts: ${(game.parts.reduce((s, p) => s + p.p, 0) / game.total).toFixed(3)}`
	);
	console.log(`seconds: ${((performance.now() - t0) / 1000).toFixed(1)}`);
}
