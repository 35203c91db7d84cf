import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { augmentBatch, drawAugment, IDENTITY_DRAW, NO_AUGMENTATION, samplingMatrix, warp } from './augment';
import { rng } from './rng';

const img = (w: number, h: number) => Float32Array.from({ length: w * h }, (_, i) => (i * 37) % 11);
const at = (a: Float32Array, w: number, x: number, y: number) => a[y * w + x];

describe('samplingMatrix and warp', () => {
	it('the identity draw leaves an image exactly as it was', () => {
		const src = img(7, 5);
		expect(Array.from(warp(src, 7, 5, samplingMatrix(IDENTITY_DRAW, 7, 5)))).toEqual(Array.from(src));
	});
	it('a horizontal flip mirrors columns; a vertical flip mirrors rows', () => {
		const src = img(6, 4);
		const h = warp(src, 6, 4, samplingMatrix({ ...IDENTITY_DRAW, flipH: true }, 6, 4));
		const v = warp(src, 6, 4, samplingMatrix({ ...IDENTITY_DRAW, flipV: true }, 6, 4));
		for (let y = 0; y < 4; y++)
			for (let x = 0; x < 6; x++) {
				expect(at(h, 6, x, y)).toBeCloseTo(at(src, 6, 5 - x, y), 5);
				expect(at(v, 6, x, y)).toBeCloseTo(at(src, 6, x, 3 - y), 5);
			}
	});
	it('a 90° rotation of a square image moves every pixel onto the grid (a transpose and a flip)', () => {
		const src = img(5, 5);
		const r = warp(src, 5, 5, samplingMatrix({ ...IDENTITY_DRAW, rotate: 90 }, 5, 5));
		// output (x, y) samples the input at (x_in, y_in) = R(90°)(x − c, y − c) + c = (c − (y − c), x)
		for (let y = 0; y < 5; y++)
			for (let x = 0; x < 5; x++) expect(at(r, 5, x, y)).toBeCloseTo(at(src, 5, 4 - y, x), 5);
	});
	it('a whole-pixel shift moves the image and repeats the edge (nearest fill)', () => {
		const src = img(8, 3);
		const s = warp(src, 8, 3, samplingMatrix({ ...IDENTITY_DRAW, shiftX: 2 / 8 }, 8, 3));
		for (let y = 0; y < 3; y++)
			for (let x = 0; x < 8; x++) expect(at(s, 8, x, y)).toBeCloseTo(at(src, 8, Math.max(0, x - 2), y), 5);
	});
	it('bilinear values stay within the range of the input (property)', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 2, max: 12 }), (seed, n) => {
				const src = img(n, n);
				const d = drawAugment(rng(seed), {
					flipH: true,
					flipV: true,
					rotate: 180,
					shiftX: 0.5,
					shiftY: 0.5,
					zoom: 0.5,
					shear: 45
				});
				const out = warp(src, n, n, samplingMatrix(d, n, n));
				const lo = Math.min(...src),
					hi = Math.max(...src);
				return out.every((v) => v >= lo - 1e-9 && v <= hi + 1e-9);
			})
		);
	});
});

describe('drawAugment', () => {
	it('draws inside every range, and nothing when ranges are 0', () => {
		const ranges = { flipH: true, flipV: false, rotate: 20, shiftX: 0.1, shiftY: 0.05, zoom: 0.2, shear: 5 };
		const r = rng(3);
		for (let i = 0; i < 200; i++) {
			const d = drawAugment(r, ranges);
			expect(Math.abs(d.rotate)).toBeLessThanOrEqual(20);
			expect(Math.abs(d.shiftX)).toBeLessThanOrEqual(0.1);
			expect(Math.abs(d.shiftY)).toBeLessThanOrEqual(0.05);
			expect(d.zoomX).toBeGreaterThanOrEqual(0.8);
			expect(d.zoomY).toBeLessThanOrEqual(1.2);
			expect(Math.abs(d.shear)).toBeLessThanOrEqual(5);
			expect(d.flipV).toBe(false);
		}
		expect(drawAugment(rng(1), NO_AUGMENTATION)).toEqual(IDENTITY_DRAW);
	});
	it('is seeded: the same seed gives the same batch', () => {
		const ranges = { flipH: true, flipV: true, rotate: 30, shiftX: 0.1, shiftY: 0.1, zoom: 0.1, shear: 10 };
		const a = img(6, 12),
			b = img(6, 12);
		augmentBatch(a, 2, 6, ranges, rng(9));
		augmentBatch(b, 2, 6, ranges, rng(9));
		expect(Array.from(a)).toEqual(Array.from(b));
		expect(Array.from(a)).not.toEqual(Array.from(img(6, 12)));
	});
});
