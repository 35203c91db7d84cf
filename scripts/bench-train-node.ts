// Dev helper: node-side training throughput and kernel profile (npx vite-node scripts/bench-train-node.ts)
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmKernels } from '../src/lib/lab/backend/register';

const SIZE = Number(process.env.SIZE ?? 64);
const BATCH = 32;

function model() {
	const m = tf.sequential();
	m.add(
		tf.layers.conv2d({
			inputShape: [SIZE, SIZE, 1],
			filters: 8,
			kernelSize: 3,
			activation: 'relu',
			padding: 'same'
		})
	);
	m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
	m.add(tf.layers.conv2d({ filters: 16, kernelSize: 3, activation: 'relu', padding: 'same' }));
	m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
	m.add(tf.layers.flatten());
	m.add(tf.layers.dense({ units: 32, activation: 'relu' }));
	m.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
	m.compile({ optimizer: tf.train.adam(1e-3), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
	return m;
}

async function run(backend: string, steps: number) {
	await tf.setBackend(backend);
	await tf.ready();
	const m = model();
	const xs = tf.randomUniform([BATCH, SIZE, SIZE, 1]);
	const ys = tf.randomUniform([BATCH, 1]).round();
	await m.trainOnBatch(xs, ys);
	times.clear();
	if (process.env.PROFILE) {
		const prof = await tf.profile(async () => {
			const r = m.trainOnBatch(xs, ys);
			return r as unknown as tf.Tensor;
		});
		const agg = new Map<string, number>();
		for (const k of prof.kernels) agg.set(k.name, (agg.get(k.name) ?? 0) + (k.kernelTimeMs as number));
		console.log(
			backend,
			[...agg.entries()]
				.sort((a, b) => b[1] - a[1])
				.map(([n, t]) => `${n}:${t.toFixed(1)}`)
				.join(' ')
		);
	}
	const t0 = performance.now();
	for (let i = 0; i < steps; i++) await m.trainOnBatch(xs, ys);
	const dt = (performance.now() - t0) / 1000;
	if (process.env.TRACE && backend === 'wasm') {
		console.log(
			[...times.entries()]
				.sort((a, b) => b[1] - a[1])
				.map(([n, t]) => `${n}:${(t / steps).toFixed(1)}`)
				.join(' ')
		);
		times.clear();
	}
	console.log(`${backend}: ${((steps * BATCH) / dt).toFixed(1)} img/s`);
	tf.dispose([xs, ys]);
	m.dispose();
}

registerWasmKernels(tf);
const times = new Map<string, number>();
if (process.env.TRACE) {
	for (const k of tf.getKernelsForBackend('wasm')) {
		const f = k.kernelFunc;
		tf.unregisterKernel(k.kernelName, 'wasm');
		tf.registerKernel({
			...k,
			kernelFunc: (a) => {
				const t0 = performance.now();
				const r = f(a);
				times.set(k.kernelName, (times.get(k.kernelName) ?? 0) + performance.now() - t0);
				return r;
			}
		});
	}
}
await run('wasm', 10);
if (!process.env.SKIPCPU) await run('cpu', 2);
