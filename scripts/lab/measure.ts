// Measures the lab's defaults on the built-in data with the tfjs cpu backend in Node:
//   npx vite-node scripts/lab/measure.ts   (env: TRAIN, TEST, EPOCHS, SIZE, SEED)
import * as tf from '@tensorflow/tfjs';
import { trainDefault } from '../../src/lib/lab/train';
import { NO_AUGMENTATION } from '../../src/lib/math/augment';
import { initBackend, type BackendChoice } from '../../src/lib/lab/backend';

const backend = await initBackend(tf, (process.env.BACKEND ?? 'fast-cpu') as BackendChoice);
console.log(`backend: ${backend.label}`);
const env = (k: string) => (process.env[k] ? Number(process.env[k]) : undefined);
const t0 = performance.now();
const r = await trainDefault(tf, {
	seed: env('SEED'),
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
const ips = r.history.reduce((s, h) => s + h.imagesPerSecond, 0) / r.history.length;
console.log(`backend: ${tf.getBackend()}`);
console.log(`test-accuracy: ${r.testAccuracy}`);
console.log(`total-seconds: ${secs.toFixed(1)}`);
console.log(`train-images-per-second: ${ips.toFixed(1)}`);
