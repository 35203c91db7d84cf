// Lesson 7's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { correlate2d, fromRows, outputSize } from '$lib/math/conv';
import { presetMatrix } from '$lib/math/kernels';
import { flat, grid, lesson } from './read';

describe('lesson 7: the worked convolution, sizes and the flipped kernel', () => {
	const text = flat(lesson('07-convolution'));
	const img = fromRows([
		[1, 1, 1, 0, 0],
		[0, 1, 1, 1, 0],
		[0, 0, 1, 1, 1],
		[0, 0, 1, 1, 0],
		[0, 1, 1, 0, 0]
	]);
	const k = fromRows([
		[1, 0, 1],
		[0, 1, 0],
		[1, 0, 1]
	]);
	it('the feature map, and its stride-2 corners', () => {
		expect(grid(correlate2d(img, k))).toEqual([
			[4, 3, 4],
			[2, 4, 3],
			[2, 3, 4]
		]);
		expect(grid(correlate2d(img, k, { stride: 2 }))).toEqual([
			[4, 4],
			[2, 4]
		]);
	});
	it('the output sizes of the examples', () => {
		expect(outputSize(28, 3, 1, 1)).toBe(28);
		expect(outputSize(28, 3, 2, 1)).toBe(14);
		expect(outputSize(300, 3, 1, 0)).toBe(298);
		expect(outputSize(6, 3, 2, 0)).toBe(2);
	});
	it('one bright pixel shows the kernel turned half a circle (cross-correlation), as the lesson says', () => {
		const dot = fromRows(Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => (r === 2 && c === 2 ? 1 : 0))));
		const kernel = presetMatrix('sobel-x');
		const out = grid(correlate2d(dot, fromRows(kernel), { padding: 1 }));
		const around = out.slice(1, 4).map((row) => row.slice(1, 4));
		const turned = kernel.map((row) => [...row].reverse()).reverse();
		expect(around).toEqual(turned);
		expect(text).toContain('**turned half a circle**');
	});
});
