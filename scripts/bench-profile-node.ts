// Dev helper: CPU time per kernel for one training step of the lab's default model on the
// fast CPU path (npx vite-node scripts/bench-profile-node.ts). CPU time, so it holds up on a busy machine.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmKernels } from '../src/lib/lab/backend/register';
import { buildModel, compileModel, DEFAULT_ARCHITECTURE, DEFAULT_SIZE } from '../src/lib/lab/model';

registerWasmKernels(tf);
const times = new Map<string, number>();
const shapes = new Map<string, string>();
let depth = 0;
for (const k of tf.getKernelsForBackend('wasm')) {
	const f = k.kernelFunc;
	tf.unregisterKernel(k.kernelName, 'wasm');
	tf.registerKernel({
		...k,
		kernelFunc: (a) => {
			const t0 = process.cpuUsage();
			depth++;
			const r = f(a);
			depth--;
			const d = process.cpuUsage(t0);
			if (depth === 0) times.set(k.kernelName, (times.get(k.kernelName) ?? 0) + (d.user + d.system) / 1000);
			if (!shapes.has(k.kernelName))
				shapes.set(
					k.kernelName,
					JSON.stringify(Object.values(a.inputs).map((t) => t?.shape)) +
						JSON.stringify(a.attrs ?? {}).slice(0, 60)
				);
			return r;
		}
	});
}
await tf.setBackend('wasm');
const size = DEFAULT_SIZE;
const m = buildModel(tf, DEFAULT_ARCHITECTURE, size, 1);
compileModel(tf, m, 'adam', 0.002);
const x = tf.randomUniform([32, size, size, 1]);
const y = tf.randomUniform([32, 1]).round();
await m.trainOnBatch(x, y);
times.clear();
const steps = 5;
const t0 = process.cpuUsage();
for (let i = 0; i < steps; i++) await m.trainOnBatch(x, y);
const d = process.cpuUsage(t0);
const total = (d.user + d.system) / 1000 / steps;
console.log(`step ${total.toFixed(1)} ms CPU → ${((32 / total) * 1000).toFixed(0)} img/s on one idle core`);
for (const [n, t] of [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14))
	console.log(n.padEnd(22), (t / steps).toFixed(2), shapes.get(n));
