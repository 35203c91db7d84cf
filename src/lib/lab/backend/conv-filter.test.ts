import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmKernels } from './register';
import { rng } from '$lib/math/rng';

function randomArray(n: number, next: () => number): Float32Array {
	const a = new Float32Array(n);
	for (let i = 0; i < n; i++) a[i] = next() * 2 - 1;
	return a;
}

async function on(backend: string, f: () => tf.Tensor): Promise<Float32Array> {
	await tf.setBackend(backend);
	const out = f();
	const data = (await out.data()) as Float32Array;
	out.dispose();
	return data;
}

function close(actual: Float32Array, expected: Float32Array): void {
	expect(actual.length).toBe(expected.length);
	let scale = 1;
	for (const v of expected) scale = Math.max(scale, Math.abs(v));
	for (let i = 0; i < actual.length; i++) {
		expect(Math.abs(actual[i] - expected[i])).toBeLessThan(1e-4 * scale);
	}
}

describe('wasm Conv2DBackpropFilter matches stock tfjs cpu', () => {
	beforeAll(async () => {
		registerWasmKernels(tf);
		await tf.setBackend('wasm');
		await tf.ready();
	});

	const cases: [number[], number[], number | [number, number], 'same' | 'valid' | number][] = [
		// xShape [b,h,w,c], filter [fh,fw,cin,cout], strides, pad
		[[2, 9, 9, 1], [3, 3, 1, 4], 1, 'same'],
		[[2, 9, 9, 1], [3, 3, 1, 4], 1, 'valid'],
		[[3, 10, 7, 3], [3, 3, 3, 5], 2, 'same'],
		[[1, 11, 13, 2], [5, 3, 2, 3], [2, 3], 'valid'],
		[[2, 8, 8, 4], [2, 2, 4, 6], 2, 'valid'],
		[[2, 7, 6, 2], [3, 3, 2, 2], 1, 1],
		[[1, 5, 5, 1], [1, 1, 1, 1], 1, 'same'],
		[[4, 16, 16, 8], [3, 3, 8, 16], 1, 'same']
	];
	it.each(cases)('x %j filter %j strides %j pad %j', async (xShape, fShape, strides, pad) => {
		const next = rng(xShape.reduce((a, b) => a * b) + fShape[3]);
		const x = tf.tensor4d(
			randomArray(
				xShape.reduce((a, b) => a * b),
				next
			),
			xShape as [number, number, number, number]
		);
		const filterShape = fShape as [number, number, number, number];
		const y = tf.conv2d(x, tf.zeros(filterShape), strides, pad);
		const dy = tf.tensor4d(randomArray(y.size, next), y.shape);
		const grad = () =>
			tf
				.engine()
				.runKernel(
					'Conv2DBackpropFilter',
					{ x, dy },
					{ strides, pad, dataFormat: 'NHWC', filterShape }
				) as tf.Tensor;
		const expected = await on('cpu', grad);
		const actual = await on('wasm', grad);
		close(actual, expected);
		tf.dispose([x, y, dy]);
	});
});
