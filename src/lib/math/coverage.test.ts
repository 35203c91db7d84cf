import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leftover, reachedCells } from './coverage';
import { outputSize } from './conv';

describe('reachedCells / leftover', () => {
	it.each([
		// 5 cells, 3-wide window, stride 2: windows at 0 and 2 reach everything.
		{ n: 5, k: 3, s: 2, want: [true, true, true, true, true], left: 0 },
		// 6 cells, stride 2: the last cell is never reached.
		{ n: 6, k: 3, s: 2, want: [true, true, true, true, true, false], left: 1 },
		// a 1-wide window with stride 2 skips every other cell.
		{ n: 5, k: 1, s: 2, want: [true, false, true, false, true], left: 0 },
		// 7 cells, 2-wide window, stride 3: windows at 0 and 3 reach 0,1,3,4.
		{ n: 7, k: 2, s: 3, want: [true, true, false, true, true, false, false], left: 2 }
	])('n=$n k=$k s=$s', ({ n, k, s, want, left }) => {
		const count = outputSize(n, k, s, 0);
		expect(reachedCells(n, k, s, count)).toEqual(want);
		expect(leftover(n, k, s, count)).toBe(left);
	});

	it('when the stride is at most the window, only the last cells can be missed', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 1, max: 7 }),
				fc.integer({ min: 1, max: 7 }),
				(n, k, s) => {
					fc.pre(k <= n && s <= k);
					const count = outputSize(n, k, s, 0);
					const r = reachedCells(n, k, s, count);
					const miss = leftover(n, k, s, count);
					expect(r.filter((x) => !x)).toHaveLength(miss);
					expect(r.slice(n - miss).every((x) => !x)).toBe(true);
					expect(miss).toBeLessThan(s);
				}
			)
		);
	});
});
