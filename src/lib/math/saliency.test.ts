import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	occlusionMap,
	patchStarts,
	pointingAccuracy,
	pixelHeat,
	pointsAtDefect,
	saliencyPeak,
	type GrayImage
} from './saliency';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A tiny model: one 3×3 filter (valid), ReLU, mean, a weight and a bias, sigmoid. */
function tinyModel(kernel: number[], w: number, b: number, h: number, wd: number) {
	return (img: Float32Array) => {
		let sum = 0;
		let n = 0;
		for (let r = 0; r + 3 <= h; r++)
			for (let c = 0; c + 3 <= wd; c++) {
				let z = 0;
				for (let i = 0; i < 3; i++)
					for (let j = 0; j < 3; j++) z += kernel[i * 3 + j] * img[(r + i) * wd + c + j];
				sum += Math.max(0, z);
				n++;
			}
		return sigmoid(w * (sum / n) + b);
	};
}

/** The reference: a direct loop over patch positions, painting each pixel by a test on its coordinates. */
function directMap(
	img: GrayImage,
	model: (x: Float32Array) => number,
	patch: number,
	stride: number,
	fill: number
) {
	const base = model(img.data);
	const starts = (len: number) => {
		const s: number[] = [];
		for (let p = 0; p <= len - patch; p += stride) s.push(p);
		if (s[s.length - 1] !== len - patch) s.push(len - patch);
		return s;
	};
	return starts(img.height).map((r) =>
		starts(img.width).map((c) => {
			const x = new Float32Array(img.height * img.width);
			for (let y = 0; y < img.height; y++)
				for (let xx = 0; xx < img.width; xx++) {
					const inside = y >= r && y < r + patch && xx >= c && xx < c + patch;
					x[y * img.width + xx] = inside ? fill : img.data[y * img.width + xx];
				}
			return base - model(x);
		})
	);
}

const imageArb = fc
	.record({ h: fc.integer({ min: 4, max: 12 }), w: fc.integer({ min: 4, max: 12 }) })
	.chain(({ h, w }) =>
		fc.record({
			h: fc.constant(h),
			w: fc.constant(w),
			px: fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: h * w, maxLength: h * w }),
			kernel: fc.array(fc.float({ min: -2, max: 2, noNaN: true }), { minLength: 9, maxLength: 9 }),
			weight: fc.float({ min: -5, max: 5, noNaN: true }),
			bias: fc.float({ min: -2, max: 2, noNaN: true }),
			patch: fc.integer({ min: 1, max: Math.min(h, w) }),
			stride: fc.integer({ min: 1, max: 5 }),
			batch: fc.integer({ min: 1, max: 9 }),
			fill: fc.float({ min: 0, max: 1, noNaN: true })
		})
	);

describe('occlusion map', () => {
	it('equals a direct loop on a tiny model, whatever the batch size', async () => {
		await fc.assert(
			fc.asyncProperty(imageArb, async (t) => {
				const img = { data: Float32Array.from(t.px), height: t.h, width: t.w };
				const model = tinyModel(t.kernel, t.weight, t.bias, t.h, t.w);
				let calls = 0;
				const map = await occlusionMap(
					img,
					(xs) => {
						calls++;
						expect(xs.length).toBeLessThanOrEqual(t.batch);
						return xs.map(model);
					},
					{ patch: t.patch, stride: t.stride, fill: t.fill, batch: t.batch }
				);
				const ref = directMap(img, model, t.patch, t.stride, t.fill);
				expect(map.values.length).toBe(ref.length);
				map.values.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref[i][j], 12)));
				const cells = ref.length * ref[0].length;
				expect(calls).toBe(1 + Math.ceil(cells / t.batch));
			}),
			{ numRuns: 60 }
		);
	});

	it('for a linear model, each drop is the weights times what the patch removed', async () => {
		// p = σ(Σ w·x): occluding a patch changes the logit by Σ_patch w·(fill − x).
		const h = 6;
		const w = 7;
		const weights = Array.from({ length: h * w }, (_, k) => ((k * 37) % 11) / 10 - 0.5);
		const px = Array.from({ length: h * w }, (_, k) => ((k * 53) % 17) / 16);
		const logit = (x: Float32Array) => x.reduce((s, v, k) => s + v * weights[k], 0);
		const img = { data: Float32Array.from(px), height: h, width: w };
		const map = await occlusionMap(img, (xs) => xs.map((x) => sigmoid(logit(x))), {
			patch: 2,
			stride: 2,
			fill: 0.5
		});
		expect(map.rowStarts).toEqual([0, 2, 4]);
		expect(map.colStarts).toEqual([0, 2, 4, 5]);
		const z = logit(img.data);
		map.rowStarts.forEach((r, i) =>
			map.colStarts.forEach((c, j) => {
				let dz = 0;
				for (let y = r; y < r + 2; y++)
					for (let x = c; x < c + 2; x++) dz += weights[y * w + x] * (0.5 - px[y * w + x]);
				expect(map.values[i][j]).toBeCloseTo(sigmoid(z) - sigmoid(z + dz), 6);
			})
		);
	});

	it('finds a planted spot: a model that only looks at one pixel peaks over it', async () => {
		const size = 16;
		const data = new Float32Array(size * size).fill(0.5);
		data[11 * size + 4] = 0; // a dark pit
		const model = (x: Float32Array) => sigmoid(10 * (0.5 - x[11 * size + 4]));
		const map = await occlusionMap({ data, height: size, width: size }, (xs) => xs.map(model), {
			patch: 3,
			stride: 1,
			fill: 0.5
		});
		const peak = saliencyPeak(map);
		// Nine 3×3 patches cover (11, 4) and drop the score equally; the first in reading order starts
		// at (9, 2), so the peak is its centre (10, 3): within a pixel of the pit.
		expect(peak).toMatchObject({ row: 10, col: 3 });
		expect(peak.value).toBeCloseTo(sigmoid(5) - 0.5, 9);
	});

	it('refuses a patch larger than the image and a model that drops images', async () => {
		expect(() => patchStarts(4, 5, 1)).toThrow(RangeError);
		expect(() => patchStarts(4, 2, 0)).toThrow(RangeError);
		const img = { data: new Float32Array(16), height: 4, width: 4 };
		await expect(
			occlusionMap(img, (xs) => (xs.length === 1 ? [0.5] : [0.1]), { patch: 2, stride: 1, fill: 0 })
		).rejects.toThrow(/scored 1 of/);
	});

	it('covers every pixel: patch starts run from 0 to the last flush position', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 80 }),
				fc.integer({ min: 1, max: 80 }),
				fc.integer({ min: 1, max: 20 }),
				(len, p, s) => {
					fc.pre(p <= len);
					const starts = patchStarts(len, p, s);
					expect(starts[0]).toBe(0);
					expect(starts.at(-1)).toBe(len - p);
					for (let k = 1; k < starts.length; k++) {
						expect(starts[k] - starts[k - 1]).toBeGreaterThan(0);
						expect(starts[k] - starts[k - 1]).toBeLessThanOrEqual(s);
					}
				}
			)
		);
	});
});

describe('pixel heat', () => {
	it('gives each pixel the mean drop of the patches that cover it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 14 }),
				fc.integer({ min: 3, max: 14 }),
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 0, max: 1000 }),
				(h, w, patch, stride, seed) => {
					const rowStarts = patchStarts(h, patch, stride);
					const colStarts = patchStarts(w, patch, stride);
					const values = rowStarts.map((_, i) => colStarts.map((_, j) => Math.sin(seed + 7 * i + 3 * j)));
					const heat = pixelHeat({ values, rowStarts, colStarts, patch }, h, w);
					for (let y = 0; y < h; y++)
						for (let x = 0; x < w; x++) {
							const covering: number[] = [];
							rowStarts.forEach((r, i) =>
								colStarts.forEach((c, j) => {
									if (r <= y && y < r + patch && c <= x && x < c + patch) covering.push(values[i][j]);
								})
							);
							// a stride wider than the patch leaves gaps: those pixels read 0
							if (stride <= patch) expect(covering.length).toBeGreaterThan(0);
							const mean = covering.length ? covering.reduce((a, b) => a + b, 0) / covering.length : 0;
							expect(heat[y * w + x]).toBeCloseTo(mean, 6);
						}
				}
			),
			{ numRuns: 50 }
		);
	});
});

describe('pointing game', () => {
	it('counts a peak within radius plus margin as a hit', () => {
		const d = { row: 10, col: 10, radius: 3 };
		expect(pointsAtDefect({ row: 10, col: 14 }, d, 1)).toBe(true);
		expect(pointsAtDefect({ row: 10, col: 15 }, d, 1)).toBe(false);
		expect(pointsAtDefect({ row: 13, col: 13 }, d, 2)).toBe(true); // √18 ≈ 4.24 ≤ 5
		expect(pointsAtDefect({ row: 14, col: 14 }, d, 2)).toBe(false); // √32 ≈ 5.66 > 5
		expect(pointingAccuracy([true, false, true, true])).toBe(0.75);
		expect(pointingAccuracy([])).toBeNull();
	});
});
