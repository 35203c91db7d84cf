// Lesson 6's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { correlate2d, fromRows } from '$lib/math/conv';
import { luma } from '$lib/math/image';
import { presetMatrix } from '$lib/math/kernels';
import { flat, grid, lesson } from './read';

describe('lesson 6: the worked pixels', () => {
	const text = flat(lesson('06-images-as-data'));
	it('gray from colour, ridge on a pit, blur on a pit', () => {
		expect(luma(100, 150, 200)).toBeCloseTo(140.75, 10);
		expect(text).toContain('= 140.75$');
		const pit = fromRows([
			[100, 100, 100],
			[100, 40, 100],
			[100, 100, 100]
		]);
		expect(correlate2d(pit, fromRows(presetMatrix('ridge'))).data[0]).toBe(-480);
		expect(correlate2d(pit, fromRows(presetMatrix('gaussian-3'))).data[0]).toBeCloseTo(85, 10);
	});
	it('“a filter can move content”: a kernel with one off-centre 1 shifts the picture by one cell', () => {
		const img = fromRows([
			[1, 2, 3, 4],
			[5, 6, 7, 8],
			[9, 10, 11, 12],
			[13, 14, 15, 16]
		]);
		const right = correlate2d(
			img,
			fromRows([
				[0, 0, 0],
				[0, 0, 1],
				[0, 0, 0]
			]),
			{ padding: 1 }
		);
		// every cell takes its right-hand neighbour's value: the picture moves one cell left
		expect(grid(right)[1]).toEqual([6, 7, 8, 0]);
	});
});
