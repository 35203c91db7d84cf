// Lesson 8's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { fromRows } from '$lib/math/conv';
import { pool2d, poolOutputSize } from '$lib/math/pooling';
import { grid } from './read';

describe('lesson 8: the pooling example', () => {
	it('the sizes the lesson states for other windows and strides', () => {
		expect(poolOutputSize(6, 3, 3)).toBe(2);
		expect(poolOutputSize(6, 2, 1)).toBe(5);
		expect(poolOutputSize(6, 4, 4)).toBe(1); // window 0–3: rows 4 and 5 dropped
		expect(poolOutputSize(7, 2, 2)).toBe(3);
		expect(7 * 7 * 32).toBe(1568);
	});
	const m = fromRows([
		[1, 0, 0, 1, 0, 0],
		[0, 1, 1, 0, 0, 0],
		[4, 2, 2, 0, 1, 0],
		[1, 3, 1, 1, 0, 1],
		[0, 0, 1, 2, 0, 1],
		[0, 0, 0, 1, 1, 0]
	]);
	it('max and average pooling give the stated maps', () => {
		expect(grid(pool2d(m, 2, 2, 'max'))).toEqual([
			[1, 1, 0],
			[4, 2, 1],
			[0, 2, 1]
		]);
		expect(grid(pool2d(m, 2, 2, 'avg'))).toEqual([
			[0.5, 0.5, 0],
			[2.5, 1, 0.5],
			[0, 1, 0.5]
		]);
	});
});
