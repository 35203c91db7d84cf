import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitOod, MIN_SD, OOD_FEATURES, oodFeatures, oodScore } from './ood';
import { generateDataset } from './dataset/generate';

describe('oodFeatures', () => {
	it('a 2×2 checker, worked by hand', () => {
		// mean 0.5, sd 0.5, every neighbour pair differs by 1, all pixels 0.354 from the centre
		const f = oodFeatures([0, 255, 255, 0], 2);
		expect(f).toHaveLength(OOD_FEATURES.length);
		expect(f.slice(0, 6)).toEqual([0.5, 0.5, 0, 0, 1, 1]);
		// centre and middle have no pixel: they take the mean; outside is the mean too
		expect(f.slice(6)).toEqual([0.5, 0.5, 0.5]);
	});

	it('agrees with a direct computation on random images', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 2, max: 12 })
					.chain((size) =>
						fc.tuple(
							fc.constant(size),
							fc.array(fc.integer({ min: 0, max: 255 }), { minLength: size * size, maxLength: size * size })
						)
					),
				([size, px]) => {
					const v = px.map((b) => b / 255);
					const n = v.length;
					const mean = v.reduce((s, x) => s + x, 0) / n;
					const sd = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
					const sorted = [...v].sort((a, b) => a - b);
					const q = (p: number) => sorted[Math.ceil(p * n) - 1];
					const diffs: number[] = [];
					for (let y = 0; y < size; y++)
						for (let x = 0; x < size; x++) {
							if (x + 1 < size) diffs.push(v[y * size + x + 1] - v[y * size + x]);
							if (y + 1 < size) diffs.push(v[(y + 1) * size + x] - v[y * size + x]);
						}
					const sharp = Math.sqrt(diffs.reduce((s, d) => s + d * d, 0) / diffs.length);
					const band = (lo: number, hi: number) => {
						const xs = v.filter((_, i) => {
							const d = Math.hypot(
								((i % size) + 0.5) / size - 0.5,
								(Math.floor(i / size) + 0.5) / size - 0.5
							);
							return d >= lo && d < hi;
						});
						return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : mean;
					};
					const f = oodFeatures(px, size);
					const want = [
						mean,
						sd,
						q(0.1),
						q(0.5),
						q(0.9),
						sharp,
						band(0, 0.15),
						band(0.15, 0.3),
						band(0.3, 9)
					];
					want.forEach((w, i) => expect(f[i]).toBeCloseTo(w, 9));
				}
			)
		);
	});
});

describe('fitOod and oodScore', () => {
	it('scores the mean at 0 and one sd off in every feature at 1', () => {
		const m = { mean: [1, 2], sd: [0.5, 2], threshold: 0 };
		expect(oodScore(m, [1, 2])).toBe(0);
		expect(oodScore(m, [1.5, 0])).toBeCloseTo(1, 12);
		expect(oodScore(m, [2, 2])).toBeCloseTo(Math.sqrt(2), 12);
	});

	it('at most 1% of the training images score above the threshold', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 0, max: 1e6 }), (count, seed) => {
				const size = 4;
				let s = seed;
				const px = Uint8Array.from(
					{ length: count * size * size },
					() => (s = (s * 1103515245 + 12345) % 2 ** 31) % 256
				);
				const m = fitOod(px, size, count)!;
				const scores = Array.from({ length: count }, (_, i) =>
					oodScore(m, oodFeatures(px.subarray(i * 16, (i + 1) * 16), size))
				);
				expect(scores.filter((x) => x > m.threshold).length).toBeLessThanOrEqual(Math.floor(0.01 * count));
				expect(m.sd.every((d) => d >= MIN_SD)).toBe(true);
			}),
			{ numRuns: 40 }
		);
	});

	it('is null without images', () => {
		expect(fitOod(new Uint8Array(0), 8, 0)).toBeNull();
	});

	it('new castings of the same generator pass; a blank, an inverted and a noise image are unusual', () => {
		const size = 32;
		const train = generateDataset({ seed: 3, count: 300, size });
		const m = fitOod(train.pixels, size, train.count)!;
		const fresh = generateDataset({ seed: 99, count: 200, size });
		const n = size * size;
		const unusual = Array.from({ length: fresh.count }, (_, i) =>
			oodScore(m, oodFeatures(fresh.pixels.subarray(i * n, (i + 1) * n), size))
		).filter((x) => x > m.threshold).length;
		expect(unusual).toBeLessThanOrEqual(10);
		const part = train.pixels.subarray(0, n);
		const odd = [
			new Uint8Array(n).fill(255),
			part.map((v) => 255 - v),
			Uint8Array.from({ length: n }, (_, i) => ((i * 7919) % 13) * 19)
		];
		for (const img of odd) expect(oodScore(m, oodFeatures(img, size))).toBeGreaterThan(m.threshold);
	});
});
