import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { downsample, fitSize, rgbaToGray } from './downsample';

describe('rgbaToGray', () => {
	it('uses BT.601 weights and ignores alpha', () => {
		const g = rgbaToGray([255, 255, 255, 0, 0, 0, 0, 255, 255, 0, 0, 255, 0, 255, 0, 9, 0, 0, 255, 9], 4, 1);
		expect(Array.from(g).map((v) => +v.toFixed(3))).toEqual([255, 0, 76.245, 149.685]);
	});
});

describe('fitSize', () => {
	it.each([
		{ w: 640, h: 480, max: 16, want: { w: 16, h: 12 } },
		{ w: 100, h: 1000, max: 24, want: { w: 2, h: 24 } },
		{ w: 10, h: 5, max: 24, want: { w: 10, h: 5 } },
		{ w: 5000, h: 1, max: 16, want: { w: 16, h: 1 } }
	])('$w×$h → ≤ $max', ({ w, h, max, want }) => expect(fitSize(w, h, max)).toEqual(want));
});

describe('downsample', () => {
	it('averages 2×2 blocks exactly when the ratio is whole', () => {
		const src = [1, 3, 10, 20, 5, 7, 30, 40];
		expect(Array.from(downsample(src, 4, 2, 2, 1))).toEqual([4, 25]);
	});
	it('splits a cell between outputs when the ratio is fractional', () => {
		// 3 → 2: output 0 covers cell 0 and half of cell 1; output 1 the other half and cell 2.
		expect(Array.from(downsample([0, 3, 6], 3, 1, 2, 1))).toEqual([1, 5]);
	});
	it('keeps the mean, stays within the input’s range, and is the identity at the same size', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 144, maxLength: 144 }),
				(w, h, ow0, oh0, vals) => {
					const ow = Math.min(w, ow0);
					const oh = Math.min(h, oh0);
					const src = vals.slice(0, w * h);
					const out = downsample(src, w, h, ow, oh);
					const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0) / a.length;
					expect(mean(out)).toBeCloseTo(mean(src), 6);
					for (const v of out) {
						expect(v).toBeGreaterThanOrEqual(Math.min(...src) - 1e-9);
						expect(v).toBeLessThanOrEqual(Math.max(...src) + 1e-9);
					}
					const same = downsample(src, w, h, w, h);
					same.forEach((v, i) => expect(v).toBeCloseTo(src[i], 9));
				}
			)
		);
	});
});
