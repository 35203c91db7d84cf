// Measures the lab's defaults on the built-in data with the fast CPU backend in Node, and says
// which kinds of defect the model missed on the test set:
//   npx vite-node scripts/lab/measure.ts   (env: TRAIN, TEST, EPOCHS, SIZE, SEED, LR, BATCH, ARCH,
//   AUG=0 for no augmentation, BACKEND=fast-cpu|cpu)
import * as tf from '@tensorflow/tfjs';
import { trainDefault } from '../../src/lib/lab/train';
import { generateImage, TEST_SEED_OFFSET } from '../../src/lib/lab/dataset/generate';
import { NO_AUGMENTATION } from '../../src/lib/math/augment';
import { initBackend, type BackendChoice } from '../../src/lib/lab/backend';

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
		...(process.env.AUG === '0' ? { augmentation: NO_AUGMENTATION } : {})
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
r.model.dispose();
console.log(`backend: ${tf.getBackend()}`);
console.log(`epochs: ${r.history.length}, kept: ${r.keptEpoch} (${r.end})`);
console.log(
	`misses by kind (parts with that defect): ${Object.entries(misses)
		.map(([k, [w, n]]) => `${k} ${w}/${n}`)
		.join(', ')}`
);
console.log(`test-accuracy: ${r.testAccuracy}`);
console.log(`total-seconds: ${secs.toFixed(1)}`);
console.log(`training-seconds: ${trainSecs.toFixed(1)}`);
console.log(`train-images-per-second: ${(images / trainSecs).toFixed(1)}`);
