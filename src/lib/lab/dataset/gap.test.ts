import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	angularHarmonic,
	crossValidatedAuc,
	darkCentroid,
	edgeEnergy,
	fitLogistic,
	gapFeatures,
	radialBands,
	type Gray
} from './gap';
import { normal, rng } from '$lib/math/rng';

const make = (size: number, f: (x: number, y: number) => number): Gray => {
	const data = new Float32Array(size * size);
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) data[y * size + x] = f(x, y);
	return { size, data };
};

describe('darkCentroid', () => {
	it('finds the centre of a dark ring drawn anywhere near the middle', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.4, max: 0.6, noNaN: true }),
				fc.double({ min: 0.4, max: 0.6, noNaN: true }),
				(cx, cy) => {
					const size = 80;
					const img = make(size, (x, y) => {
						const d = Math.hypot((x + 0.5) / size - cx, (y + 0.5) / size - cy);
						return d > 0.08 && d < 0.2 ? 0.05 : 0.7;
					});
					const c = darkCentroid(img)!;
					expect(Math.abs(c.cx - cx)).toBeLessThan(0.01);
					expect(Math.abs(c.cy - cy)).toBeLessThan(0.01);
				}
			),
			{ numRuns: 30 }
		);
	});
	it('is null on an image with nothing dark', () => {
		expect(darkCentroid(make(10, () => 0.5))).toBeNull();
	});
});

describe('radialBands', () => {
	it('agrees with a direct per-pixel tally on random images', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
				const r = rng(seed);
				const size = 17;
				const img = make(size, () => r());
				const edges = [0, 0.1, 0.25, 0.5];
				const bands = radialBands(img, 0.5, 0.5, edges);
				for (let b = 0; b < 3; b++) {
					const vals: number[] = [];
					for (let y = 0; y < size; y++)
						for (let x = 0; x < size; x++) {
							const d = Math.hypot((x + 0.5) / size - 0.5, (y + 0.5) / size - 0.5);
							if (d >= edges[b] && d < edges[b + 1]) vals.push(img.data[y * size + x]);
						}
					const m = vals.reduce((s, v) => s + v, 0) / vals.length;
					const sd = Math.sqrt(vals.reduce((s, v) => s + (v - m) ** 2, 0) / vals.length);
					expect(bands[b].count).toBe(vals.length);
					expect(bands[b].mean).toBeCloseTo(m, 9);
					expect(bands[b].sd).toBeCloseTo(sd, 6);
				}
			}),
			{ numRuns: 25 }
		);
	});
	it('reports an empty band as count 0, not NaN', () => {
		const [b] = radialBands(
			make(4, () => 1),
			0.5,
			0.5,
			[0.9, 1]
		);
		expect(b).toEqual({ r0: 0.9, r1: 1, mean: 0, sd: 0, count: 0 });
	});
});

describe('angularHarmonic', () => {
	it('recovers the amplitude and direction of a cosine lighting sweep', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -3, max: 3, noNaN: true }),
				fc.double({ min: 0.02, max: 0.3, noNaN: true }),
				(phi, amp) => {
					const size = 96;
					const img = make(size, (x, y) => {
						const t = Math.atan2((y + 0.5) / size - 0.5, (x + 0.5) / size - 0.5);
						return 0.5 + amp * Math.cos(t - phi);
					});
					const h = angularHarmonic(img, 0.5, 0.5, 0.25, 0.45, 1);
					expect(h.amplitude).toBeCloseTo(amp, 2);
					const dphi = Math.atan2(Math.sin(h.phase - phi), Math.cos(h.phase - phi));
					expect(Math.abs(dphi)).toBeLessThan(0.02);
				}
			),
			{ numRuns: 30 }
		);
	});
	it('is zero on a flat ring', () => {
		expect(
			angularHarmonic(
				make(40, () => 0.6),
				0.5,
				0.5,
				0.2,
				0.4
			).amplitude
		).toBeLessThan(1e-9);
	});
});

describe('edgeEnergy', () => {
	it('is 0 on a flat image, 1 on a checkerboard, s² /2 on a ramp of step s', () => {
		expect(edgeEnergy(make(8, () => 0.3))).toBe(0);
		expect(edgeEnergy(make(8, (x, y) => (x + y) % 2))).toBe(1);
		// horizontal differences are s, vertical 0, and there are as many of each
		expect(edgeEnergy(make(8, (x) => 0.1 * x))).toBeCloseTo(0.01 / 2, 8);
	});
});

describe('the real-or-generated classifier', () => {
	const sample = (n: number, shift: number, seed: number) => {
		const r = rng(seed);
		return Array.from({ length: n }, () => [normal(r, shift, 1), normal(r, 0, 1), normal(r, -shift, 1)]);
	};
	it('tells clearly different groups apart (AUC near 1)', () => {
		const X = [...sample(40, 0, 1), ...sample(40, 3, 2)];
		const y = [...new Array(40).fill(0), ...new Array(40).fill(1)];
		expect(crossValidatedAuc(X, y)!).toBeGreaterThan(0.97);
	});
	it('cannot tell groups drawn from one distribution apart (AUC near 0.5)', () => {
		const X = [...sample(150, 0, 3), ...sample(150, 0, 4)];
		const y = [...new Array(150).fill(0), ...new Array(150).fill(1)];
		const auc = crossValidatedAuc(X, y)!;
		expect(auc).toBeGreaterThan(0.35);
		expect(auc).toBeLessThan(0.65);
	});
	it('fitLogistic ranks by the informative feature', () => {
		const X = [[0], [1], [2], [3]];
		const f = fitLogistic(X, [0, 0, 1, 1]);
		expect(f([3])).toBeGreaterThan(f([0]));
		expect(f([1.5])).toBeCloseTo(0.5, 1);
	});
	it('gapFeatures gives a fixed-length finite vector', () => {
		const a = gapFeatures(make(32, () => 0.5));
		const b = gapFeatures(make(64, (x, y) => ((x * 7 + y * 3) % 10) / 10));
		expect(a.length).toBe(b.length);
		expect([...a, ...b].every(Number.isFinite)).toBe(true);
	});
});
