import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { standardiseImages, STD_EPSILON } from './standardise';

// an independent reference: the two-pass textbook formula on plain arrays, image by image
function reference(images: number[][]): number[][] {
	return images.map((im) => {
		const mean = im.reduce((a, b) => a + b, 0) / im.length;
		const sd = Math.sqrt(im.map((v) => (v - mean) ** 2).reduce((a, b) => a + b, 0) / im.length);
		return im.map((v) => (v - mean) / (sd + STD_EPSILON));
	});
}

describe('standardiseImages', () => {
	it('matches a hand-worked case: [0, 1] → [−1, 1], [2, 4, 6, 8] → ±1.342, ±0.447', () => {
		expect(Array.from(standardiseImages(Float32Array.from([0, 1]), 2))).toEqual([
			expect.closeTo(-1, 5),
			expect.closeTo(1, 5)
		]);
		const sd = Math.sqrt(5);
		const out = Array.from(standardiseImages(Float32Array.from([2, 4, 6, 8]), 4));
		[-3 / sd, -1 / sd, 1 / sd, 3 / sd].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 5));
	});

	it('gives zeros (never NaN) for a flat image', () => {
		expect(Array.from(standardiseImages(new Float32Array(9).fill(0.4), 9))).toEqual(new Array(9).fill(0));
	});

	it('agrees with the reference, image by image, and leaves each with mean 0 and sd 1', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 30 }).chain((n) =>
					fc.array(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }), {
						minLength: 1,
						maxLength: 4
					})
				),
				(images) => {
					const n = images[0].length;
					const flat = Float32Array.from(images.flat());
					standardiseImages(flat, n);
					const ref = reference(images.map((im) => im.map((v) => Math.fround(v))));
					ref.flat().forEach((v, i) => expect(flat[i]).toBeCloseTo(v, 3));
					for (let k = 0; k < images.length; k++) {
						const im = Array.from(flat.subarray(k * n, (k + 1) * n));
						const mean = im.reduce((a, b) => a + b, 0) / n;
						expect(mean).toBeCloseTo(0, 4);
					}
				}
			)
		);
	});

	it('does not change under a brighter or more contrasted exposure (a·x + b, a > 0)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 40 }),
				fc.float({ min: Math.fround(0.5), max: 2, noNaN: true }),
				fc.float({ min: Math.fround(-0.3), max: Math.fround(0.3), noNaN: true }),
				(im, a, b) => {
					const sd = Math.sqrt(
						im.reduce((s, v) => s + (v - im.reduce((p, q) => p + q, 0) / im.length) ** 2, 0) / im.length
					);
					fc.pre(sd > 0.05);
					const x = standardiseImages(Float32Array.from(im), im.length);
					const y = standardiseImages(
						Float32Array.from(im, (v) => a * v + b),
						im.length
					);
					x.forEach((v, i) => expect(y[i]).toBeCloseTo(v, 3));
				}
			)
		);
	});

	it('names the mismatch when the images do not fit the buffer', () => {
		expect(() => standardiseImages(new Float32Array(10), 4, 3)).toThrow(/3 images of 4 values/);
		expect(() => standardiseImages(new Float32Array(10), 0)).toThrow(RangeError);
	});
});
