// Dev helper: per-kernel timings on the wasm backend vs stock cpu (npx vite-node scripts/bench-kernels-node.ts)
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmKernels } from '../src/lib/lab/backend/register';

registerWasmKernels(tf);
const B = 32;
const shapes: [string, number[], number[]][] = [
	['conv1', [B, 64, 64, 1], [3, 3, 1, 8]],
	['conv2', [B, 32, 32, 8], [3, 3, 8, 16]]
];

function best(f: () => tf.Tensor, n = 15): number {
	let m = Infinity;
	for (let i = 0; i < n; i++) {
		const t0 = process.cpuUsage();
		const r = f();
		r.dataSync();
		const d = process.cpuUsage(t0);
		m = Math.min(m, (d.user + d.system) / 1000);
		r.dispose();
	}
	return m;
}

for (const backend of (process.env.BACKENDS ?? 'wasm').split(',')) {
	await tf.setBackend(backend);
	for (const [name, xs, fs] of shapes) {
		const x = tf.randomUniform(xs) as tf.Tensor4D;
		const w = tf.randomUniform(fs) as tf.Tensor4D;
		const y = tf.conv2d(x, w, 1, 'same');
		const dy = tf.randomUniform(y.shape) as tf.Tensor4D;
		const fwd = best(() => tf.conv2d(x, w, 1, 'same'));
		const dW = best(
			() =>
				tf
					.engine()
					.runKernel(
						'Conv2DBackpropFilter',
						{ x, dy },
						{ strides: 1, pad: 'same', dataFormat: 'NHWC', filterShape: fs }
					) as tf.Tensor
		);
		const dX = best(
			() =>
				tf
					.engine()
					.runKernel(
						'Conv2DBackpropInput',
						{ dy, filter: w },
						{ strides: 1, pad: 'same', dataFormat: 'NHWC', inputShape: xs }
					) as tf.Tensor
		);
		const p = tf.maxPool(y, 2, 2, 'valid');
		const dp = tf.randomUniform(p.shape);
		const mp = best(() => tf.maxPool(y, 2, 2, 'valid'));
		const mpg = best(
			() =>
				tf
					.engine()
					.runKernel(
						'MaxPoolGrad',
						{ dy: dp, input: y, output: p },
						{ filterSize: 2, strides: 2, pad: 'valid' }
					) as tf.Tensor
		);
		const relu = best(() => tf.relu(y));
		const step = best(() => tf.step(y));
		const mul = best(() => tf.mul(y, dy));
		console.log(
			`${backend} ${name}: fwd ${fwd.toFixed(1)} dW ${dW.toFixed(1)} dX ${dX.toFixed(1)} maxpool ${mp.toFixed(1)} maxpoolgrad ${mpg.toFixed(1)} relu ${relu.toFixed(1)} step ${step.toFixed(1)} mul ${mul.toFixed(1)} ms`
		);
		tf.dispose([x, w, y, dy, p, dp]);
	}
}
