import { beforeAll, describe, it } from 'vitest';
import { both, expectClose, random, ready, tf } from './testing';

type Pad = 'same' | 'valid' | number;
// x shape, pool size, strides, padding
const cases: [number[], number | [number, number], number | [number, number], Pad][] = [
	[[2, 8, 8, 3], 2, 2, 'valid'],
	[[2, 9, 9, 3], 2, 2, 'valid'],
	[[2, 9, 9, 3], 2, 2, 'same'],
	[[1, 10, 7, 4], 3, 2, 'same'],
	[[1, 10, 7, 4], 3, 1, 'valid'],
	[[3, 6, 11, 2], [2, 3], [1, 2], 'same'],
	[[1, 7, 7, 5], 3, 3, 1],
	[[4, 16, 16, 8], 2, 2, 'valid'],
	[[3, 11, 13, 5], 2, 2, 'valid'],
	[[2, 11, 13, 5], 2, 2, 'same']
];

describe('fast wasm pooling gradients match stock tfjs cpu', () => {
	beforeAll(ready);

	it.each(cases)('MaxPoolGrad x %j pool %j strides %j pad %j (with ties)', async (xs, size, strides, pad) => {
		const x = random(xs, xs[1] * 13 + xs[3], true);
		const y = tf.maxPool(x as tf.Tensor4D, size, strides, pad);
		const dy = random(y.shape, y.size);
		const attrs = { filterSize: size, strides, pad };
		const { cpu, wasm } = await both(
			() => tf.engine().runKernel('MaxPoolGrad', { dy, input: x, output: y }, attrs) as tf.Tensor
		);
		expectClose(wasm, cpu);
		tf.dispose([x, y, dy]);
	});

	it.each(cases)('AvgPoolGrad x %j pool %j strides %j pad %j', async (xs, size, strides, pad) => {
		const x = random(xs, xs[2] * 17 + xs[3]);
		const y = tf.avgPool(x as tf.Tensor4D, size, strides, pad);
		const dy = random(y.shape, y.size + 3);
		const attrs = { filterSize: size, strides, pad };
		const { cpu, wasm } = await both(
			() => tf.engine().runKernel('AvgPoolGrad', { dy, input: x }, attrs) as tf.Tensor
		);
		expectClose(wasm, cpu);
		tf.dispose([x, y, dy]);
	});
});
