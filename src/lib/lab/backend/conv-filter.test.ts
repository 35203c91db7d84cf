import { beforeAll, describe, it } from 'vitest';
import { both, expectClose, random, ready, tf } from './testing';
import { setFilterGradStrategy, type FilterGradStrategy } from './conv-filter-wasm';

type Pad = 'same' | 'valid' | number;
// x shape [b, h, w, c], filter shape [fh, fw, cin, cout], strides, padding
type Shape4 = [number, number, number, number];
const cases: [Shape4, Shape4, number | [number, number], Pad][] = [
	[[2, 9, 9, 1], [3, 3, 1, 4], 1, 'same'],
	[[2, 9, 9, 1], [3, 3, 1, 4], 1, 'valid'],
	[[3, 10, 7, 3], [3, 3, 3, 5], 2, 'same'],
	[[3, 10, 7, 3], [3, 3, 3, 5], 2, 'valid'],
	[[1, 11, 13, 2], [5, 3, 2, 3], [2, 3], 'valid'],
	[[1, 11, 13, 2], [5, 3, 2, 3], [3, 2], 'same'],
	[[2, 8, 8, 4], [2, 2, 4, 6], 2, 'valid'],
	[[2, 7, 6, 2], [3, 3, 2, 2], 1, 1],
	[[2, 7, 6, 2], [3, 3, 2, 2], 2, 2],
	[[1, 5, 5, 1], [1, 1, 1, 1], 1, 'same'],
	[[4, 16, 16, 8], [3, 3, 8, 16], 1, 'same'],
	[[2, 12, 12, 6], [5, 5, 6, 4], 1, 'same'],
	[[2, 12, 12, 16], [3, 3, 16, 8], 1, 'valid']
];

describe('fast wasm conv gradients match stock tfjs cpu', () => {
	beforeAll(ready);

	const strategies: FilterGradStrategy[] = ['auto', 'im2col', 'conv'];
	const filterCases = strategies.flatMap((s) => cases.map((c) => [s, ...c] as const));
	it.each(filterCases)(
		'Conv2DBackpropFilter (%s) x %j filter %j strides %j pad %j',
		async (strategy, xs, fs, strides, pad) => {
			setFilterGradStrategy(strategy);
			const x = random(xs, xs[1] * 31 + fs[3]);
			const y = tf.conv2d(x as tf.Tensor4D, tf.zeros(fs) as tf.Tensor4D, strides, pad);
			const dy = random(y.shape, y.size);
			const filterShape = fs;
			const { cpu, wasm } = await both(
				() =>
					tf
						.engine()
						.runKernel(
							'Conv2DBackpropFilter',
							{ x, dy },
							{ strides, pad, dataFormat: 'NHWC', filterShape }
						) as tf.Tensor
			);
			setFilterGradStrategy('auto');
			expectClose(wasm, cpu);
			tf.dispose([x, y, dy]);
		}
	);

	it.each(cases)('Conv2DBackpropInput x %j filter %j strides %j pad %j', async (xs, fs, strides, pad) => {
		const w = random(fs, fs[0] * 7 + fs[3]);
		const y = tf.conv2d(tf.zeros(xs) as tf.Tensor4D, w as tf.Tensor4D, strides, pad);
		const dy = random(y.shape, y.size + 1);
		const { cpu, wasm } = await both(
			() =>
				tf
					.engine()
					.runKernel(
						'Conv2DBackpropInput',
						{ dy, filter: w },
						{ strides, pad, dataFormat: 'NHWC', inputShape: xs }
					) as tf.Tensor
		);
		expectClose(wasm, cpu);
		tf.dispose([w, y, dy]);
	});

	it('trains a small conv net to the same weights as stock cpu after a few steps', async () => {
		const xs = random([8, 12, 12, 1], 5);
		const ys = tf.tensor2d([1, 0, 1, 1, 0, 0, 1, 0], [8, 1]);
		const run = async (backend: string) => {
			await tf.setBackend(backend);
			const m = tf.sequential();
			m.add(
				tf.layers.conv2d({
					inputShape: [12, 12, 1],
					filters: 4,
					kernelSize: 3,
					activation: 'relu',
					padding: 'same',
					kernelInitializer: tf.initializers.glorotUniform({ seed: 1 })
				})
			);
			m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
			m.add(
				tf.layers.conv2d({
					filters: 6,
					kernelSize: 3,
					strides: 2,
					activation: 'relu',
					kernelInitializer: tf.initializers.glorotUniform({ seed: 2 })
				})
			);
			m.add(tf.layers.averagePooling2d({ poolSize: 2 }));
			m.add(tf.layers.flatten());
			m.add(
				tf.layers.dense({
					units: 1,
					activation: 'sigmoid',
					kernelInitializer: tf.initializers.glorotUniform({ seed: 3 })
				})
			);
			m.compile({ optimizer: tf.train.sgd(0.1), loss: 'binaryCrossentropy' });
			for (let i = 0; i < 3; i++) await m.trainOnBatch(xs, ys);
			const weights = m.getWeights().map((t) => t.dataSync() as Float32Array);
			m.dispose();
			return weights;
		};
		const cpu = await run('cpu');
		const wasm = await run('wasm');
		cpu.forEach((w, i) => expectClose(wasm[i], w, 1e-3));
		tf.dispose([xs, ys]);
	});
});
