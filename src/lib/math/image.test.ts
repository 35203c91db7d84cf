import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correlate2d, fromRows, grid, toRows } from './conv';
import { presetMatrix, presetSum, KERNEL_PRESETS } from './kernels';
import {
	byteToSigned,
	checkUploadFile,
	countClipped,
	resizeKernel,
	checkUploadSize,
	downscaleArea,
	downscaleRgba,
	fitWithin,
	isGrayscale,
	kernelSum,
	luma,
	maxAbs,
	normalizeKernel,
	paintGray,
	signedToByte,
	splitChannels,
	toByte,
	toGray,
	type RgbaImage
} from './image';

function rgba(w: number, h: number, pixels: [number, number, number][]): RgbaImage {
	const data = new Uint8ClampedArray(w * h * 4);
	pixels.forEach(([r, g, b], i) => data.set([r, g, b, 255], 4 * i));
	return { w, h, data };
}

describe('grayscale: ITU-R BT.601 luma 0.299 R + 0.587 G + 0.114 B', () => {
	it.each([
		[0, 0, 0, 0],
		[255, 255, 255, 255],
		[255, 0, 0, 76.245],
		[0, 255, 0, 149.685],
		[0, 0, 255, 29.07],
		[100, 150, 200, 140.75],
		[12, 34, 56, 29.93]
	])('(%i, %i, %i) → %f', (r, g, b, want) => {
		expect(luma(r, g, b)).toBeCloseTo(want, 10);
		const img = rgba(1, 1, [[r, g, b]]);
		expect(toGray(img).data[0]).toBeCloseTo(want, 4);
	});

	it('keeps the value of gray pixels and stays within 0…255', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (v, u) => {
				expect(luma(v, v, v)).toBeCloseTo(v, 9);
				const l = luma(v, u, 255 - v);
				expect(l).toBeGreaterThanOrEqual(0);
				expect(l).toBeLessThanOrEqual(255 + 1e-9);
			})
		);
	});

	it('is row-major and reuses an output grid', () => {
		const img = rgba(2, 2, [
			[10, 10, 10],
			[20, 20, 20],
			[30, 30, 30],
			[40, 40, 40]
		]);
		const out = { h: 2, w: 2, data: new Float32Array(4) };
		expect(toGray(img, out)).toBe(out);
		expect(Array.from(out.data)).toEqual([10, 20, 30, 40].map((v) => Math.fround(v)));
		expect(() => toGray(img, { h: 1, w: 4, data: new Float32Array(4) })).toThrow(RangeError);
	});
});

describe('channels (H × W × C)', () => {
	it('splits R, G and B into three H × W grids', () => {
		const img = rgba(3, 1, [
			[255, 0, 0],
			[0, 128, 0],
			[1, 2, 3]
		]);
		const { r, g, b } = splitChannels(img);
		expect([r.h, r.w]).toEqual([1, 3]);
		expect(Array.from(r.data)).toEqual([255, 0, 1]);
		expect(Array.from(g.data)).toEqual([0, 128, 2]);
		expect(Array.from(b.data)).toEqual([0, 0, 3]);
		expect(isGrayscale(img)).toBe(false);
		expect(
			isGrayscale(
				rgba(2, 1, [
					[5, 5, 5],
					[9, 9, 9]
				])
			)
		).toBe(true);
	});
});

describe('fitWithin', () => {
	it.each([
		[4000, 3000, 512, 512, 384],
		[3000, 4000, 512, 384, 512],
		[100, 50, 512, 100, 50],
		[512, 512, 512, 512, 512],
		[10000, 1, 512, 512, 1]
	])('%i × %i within %i → %i × %i', (w, h, max, ww, wh) => {
		expect(fitWithin(w, h, max)).toEqual({ w: ww, h: wh });
	});
	it('never exceeds the limit and keeps the aspect ratio roughly', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (w, h) => {
				const f = fitWithin(w, h, 512);
				expect(Math.max(f.w, f.h)).toBeLessThanOrEqual(512);
				expect(f.w).toBeLessThanOrEqual(w);
				expect(f.h).toBeLessThanOrEqual(h);
				if (Math.min(f.w, f.h) > 20) expect(Math.abs(f.w / f.h - w / h) / (w / h)).toBeLessThan(0.06);
			})
		);
	});
});

describe('downscaleArea (area averaging)', () => {
	it('a whole-number factor gives block means', () => {
		const src = fromRows([
			[0, 2, 10, 10],
			[4, 6, 10, 10],
			[1, 1, 0, 255],
			[1, 1, 255, 0]
		]);
		expect(toRows(downscaleArea(src, 2, 2))).toEqual([
			[3, 10],
			[1, 127.5]
		]);
	});
	it('a fractional factor weights partly covered pixels', () => {
		// 3 → 2: output 0 covers [0, 1.5): all of pixel 0 and half of pixel 1.
		const src = fromRows([[0, 30, 90]]);
		const out = downscaleArea(src, 1, 2);
		expect(out.data[0]).toBeCloseTo((0 * 1 + 30 * 0.5) / 1.5, 5);
		expect(out.data[1]).toBeCloseTo((30 * 0.5 + 90 * 1) / 1.5, 5);
	});
	it('preserves the mean and the range, and constants stay constant', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 0, max: 1000 }),
				(h, w, oh, ow, seed) => {
					const src = grid(
						h,
						w,
						Array.from({ length: h * w }, (_, i) => ((i * 37 + seed) % 256) | 0)
					);
					const out = downscaleArea(src, oh, ow);
					const mean = (g: { data: ArrayLike<number> }) =>
						Array.from(g.data).reduce((a, b) => a + b, 0) / g.data.length;
					expect(mean(out)).toBeCloseTo(mean(src), 2);
					const lo = Math.min(...src.data);
					const hi = Math.max(...src.data);
					for (const v of out.data) {
						expect(v).toBeGreaterThanOrEqual(lo - 1e-3);
						expect(v).toBeLessThanOrEqual(hi + 1e-3);
					}
					const flat = downscaleArea(grid(h, w, new Array(h * w).fill(77)), oh, ow);
					for (const v of flat.data) expect(v).toBeCloseTo(77, 3);
				}
			)
		);
	});
	it('refuses a size that is not a whole number ≥ 1', () => {
		expect(() => downscaleArea(grid(2, 2), 0, 1)).toThrow(RangeError);
		expect(() => downscaleArea(grid(2, 2), 1.5, 1)).toThrow(RangeError);
	});
	it('downscales RGBA channel by channel', () => {
		const img = rgba(2, 1, [
			[255, 0, 100],
			[0, 255, 101]
		]);
		const small = downscaleRgba(img, 1, 1);
		expect(Array.from(small.data)).toEqual([128, 128, 101, 255]); // 127.5 and 100.5 round up
	});
});

describe('value ↔ display', () => {
	it.each([
		[-20, 0],
		[0, 0],
		[0.4, 0],
		[127.5, 128],
		[254.6, 255],
		[300, 255],
		[NaN, 0],
		[Infinity, 255]
	])('toByte(%f) = %i', (v, b) => expect(toByte(v)).toBe(b));

	it('signed display puts 0 at mid-gray and ±scale at the ends', () => {
		expect(signedToByte(0, 10)).toBe(128);
		expect(signedToByte(10, 10)).toBe(255);
		expect(signedToByte(-10, 10)).toBe(1);
		expect(signedToByte(-50, 10)).toBe(1);
		expect(signedToByte(5, 0)).toBe(128);
		expect(signedToByte(NaN, 3)).toBe(128);
	});
	it('signed display is monotone and inverts up to rounding', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1000, max: 1000, noNaN: true }),
				fc.double({ min: -1000, max: 1000, noNaN: true }),
				fc.double({ min: 0.5, max: 2000, noNaN: true }),
				(a, b, s) => {
					if (a <= b) expect(signedToByte(a, s)).toBeLessThanOrEqual(signedToByte(b, s));
					if (Math.abs(a) <= s)
						expect(Math.abs(byteToSigned(signedToByte(a, s), s) - a)).toBeLessThanOrEqual(s / 254 + 1e-9);
				}
			)
		);
	});
	it('paintGray writes opaque gray pixels and returns the scale', () => {
		const out = new Uint8ClampedArray(12);
		expect(paintGray([-5, 100, 400], out, 'clamp')).toBe(255);
		expect(Array.from(out)).toEqual([0, 0, 0, 255, 100, 100, 100, 255, 255, 255, 255, 255]);
		expect(paintGray([-4, 0, 2], out, 'signed')).toBe(4);
		expect([out[0], out[4], out[8]]).toEqual([1, 128, 192]);
		expect(maxAbs([1, -7, NaN, Infinity])).toBe(7);
		expect(() => paintGray([1], new Uint8ClampedArray(3))).toThrow(RangeError);
	});
});

describe('kernel sum and normalisation', () => {
	it.each([
		['1,2,1;2,4,2;1,2,1', 16],
		['1,1,1;1,1,1;1,1,1', 9],
		['-1,-1,-1;-1,8,-1;-1,-1,-1', 0],
		['0.1,0.2;0,0', 0.3],
		['0.1,-0.3;0.2,0', 0],
		['-1,0,1;-2,0,2;-1,0,1', 0],
		['1,1;1,1.5', 4.5]
	])('sum of %s is %f', (text, want) => {
		const values = text.split(/[;,]/).map(Number);
		expect(kernelSum(values)).toBe(want);
	});
	it('equals the preset sums (gaussian-3 sums to 1)', () => {
		for (const p of KERNEL_PRESETS) expect(kernelSum(presetMatrix(p).flat())).toBeCloseTo(presetSum(p), 12);
		expect(kernelSum(presetMatrix('gaussian-3').flat())).toBe(1);
	});
	it('normalising divides by the sum; sum 0 is left alone', () => {
		const g = normalizeKernel(
			fromRows([
				[1, 2, 1],
				[2, 4, 2],
				[1, 2, 1]
			])
		);
		expect(g.sum).toBe(16);
		expect(g.normalized).toBe(true);
		expect(toRows(g.kernel)).toEqual(presetMatrix('gaussian-3'));
		const edge = fromRows(presetMatrix('ridge'));
		const e = normalizeKernel(edge);
		expect(e).toEqual({ kernel: edge, sum: 0, normalized: false });
	});
	it('a normalised kernel keeps a flat image flat (interior)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
				fc.integer({ min: 0, max: 255 }),
				(ws, level) => {
					if (ws.every((w) => w === 0)) return;
					const { kernel } = normalizeKernel(grid(3, 3, ws));
					const out = correlate2d(grid(5, 5, new Array(25).fill(level)), kernel);
					for (const v of out.data) expect(v).toBeCloseTo(level, 6);
				}
			)
		);
	});
});

describe('upload checks', () => {
	it('refuses non-images, empty and huge files, and absurd sizes', () => {
		expect(checkUploadFile({ type: 'image/png', size: 1000 })).toBeNull();
		expect(checkUploadFile({ type: 'text/plain', size: 10 })).toBe('not-image');
		expect(checkUploadFile({ type: '', size: 10 })).toBe('not-image');
		expect(checkUploadFile({ type: 'image/png', size: 0 })).toBe('empty');
		expect(checkUploadFile({ type: 'image/jpeg', size: 500e6 })).toBe('too-big-file');
		expect(checkUploadSize(4000, 3000)).toBeNull();
		expect(checkUploadSize(30000, 10)).toBe('too-many-pixels');
		expect(checkUploadSize(10000, 10000)).toBe('too-many-pixels');
		expect(checkUploadSize(0, 10)).toBe('empty');
	});
});

describe('clipping and kernel resizing', () => {
	it('counts values a clamped display cannot show', () => {
		expect(countClipped([-1, 0, 255, 256, 1000, -0.5, 128])).toEqual({ below: 2, above: 2 });
	});
	it('grows with zeros around the centre and shrinks to the centre', () => {
		const g3 = presetMatrix('gaussian-3');
		const g5 = resizeKernel(g3, 5);
		expect(g5[0]).toEqual([0, 0, 0, 0, 0]);
		expect(g5[2]).toEqual([0, g3[1][0], g3[1][1], g3[1][2], 0]);
		expect(resizeKernel(g5, 3)).toEqual(g3);
		// The same filter, whether 3×3 or padded to 5×5 ('same' padding keeps the size).
		const img = grid(
			6,
			6,
			Array.from({ length: 36 }, (_, i) => (i * 53) % 256)
		);
		const a = correlate2d(img, fromRows(g3), { padding: 'same' });
		const b = correlate2d(img, fromRows(g5), { padding: 'same' });
		for (let i = 0; i < 36; i++) expect(b.data[i]).toBeCloseTo(a.data[i], 9);
	});
});
