import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	errorsByDegree,
	fitUpTo,
	fitVerdict,
	fittingData,
	mse,
	polyfit,
	polyval,
	validationMinimum
} from './polyfit';

describe('polyval', () => {
	it('evaluates lowest power first', () => {
		expect(polyval([1, 2, 3], 2)).toBe(1 + 4 + 12);
		expect(polyval([], 5)).toBe(0);
	});
});

describe('polyfit', () => {
	it('degree 1 equals the closed-form least-squares line', () => {
		const xs = [0, 1, 2, 3];
		const ys = [1, 3, 2, 5];
		// slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = (−1.5·−1.75 + −0.5·0.25 + 0.5·−0.75 + 1.5·2.25)/5 = 5.5/5 = 1.1
		// intercept = ȳ − slope·x̄ = 2.75 − 1.65 = 1.1
		const [c0, c1] = polyfit(xs, ys, 1);
		expect(c1).toBeCloseTo(1.1, 12);
		expect(c0).toBeCloseTo(1.1, 12);
		expect(mse([c0, c1], xs, ys)).toBeCloseTo(
			((1 - 1.1) ** 2 + (3 - 2.2) ** 2 + (2 - 3.3) ** 2 + (5 - 4.4) ** 2) / 4,
			12
		);
	});
	it('degree 0 is the mean', () => {
		expect(polyfit([1, 2, 3], [2, 4, 9], 0)[0]).toBeCloseTo(5, 12);
	});
	it('recovers an exact polynomial', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 5 }),
				(coeffs) => {
					const xs = Array.from({ length: 12 }, (_, i) => -1 + (2 * i) / 11);
					const c = polyfit(
						xs,
						xs.map((x) => polyval(coeffs, x)),
						coeffs.length - 1
					);
					c.forEach((ci, k) => expect(ci).toBeCloseTo(coeffs[k], 8));
				}
			)
		);
	});
	it('refuses too few points and bad degrees', () => {
		expect(() => polyfit([1, 2], [1, 2], 2)).toThrow();
		expect(() => polyfit([1, 2], [1, 2], -1)).toThrow();
		expect(() => polyfit([1, 1, 1], [1, 2, 3], 2)).toThrow();
	});
});

describe('fitting data and errors by degree', () => {
	it('is seeded: same seed, same points', () => {
		expect(fittingData(7, 10, 10, 0.2)).toEqual(fittingData(7, 10, 10, 0.2));
		expect(fittingData(7, 10, 10, 0.2)).not.toEqual(fittingData(8, 10, 10, 0.2));
	});
	it('training error never rises with degree; degree n−1 interpolates the training points', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
				const data = fittingData(seed, 10, 20, 0.3);
				const errs = errorsByDegree(data, 9);
				for (let d = 1; d < errs.length; d++)
					expect(errs[d].train).toBeLessThanOrEqual(errs[d - 1].train + 1e-9);
				expect(errs[9].train).toBeLessThan(1e-12);
			}),
			{ numRuns: 30 }
		);
	});
	it('shows overfitting: the interpolating fit validates worse than a moderate one', () => {
		const errs = errorsByDegree(fittingData(1, 10, 40, 0.3), 9);
		const best = Math.min(...errs.map((e) => e.validation));
		expect(errs[9].validation).toBeGreaterThan(best);
		expect(errs[0].validation).toBeGreaterThan(best);
	});
});

describe('fitUpTo', () => {
	it('falls back to the highest degree the points allow', () => {
		expect(fitUpTo([0, 1, 2], [1, 2, 5], 5).degree).toBe(2);
		expect(fitUpTo([1, 1, 1], [1, 2, 3], 2)).toEqual({ coeffs: [expect.closeTo(2, 12)], degree: 0 });
		expect(fitUpTo([0, 1, 2, 3], [1, 3, 2, 5], 1).coeffs[1]).toBeCloseTo(1.1, 12);
	});
});

describe('fitVerdict: the validation curve over degrees decides', () => {
	const curves = Array.from({ length: 50 }, (_, i) => errorsByDegree(fittingData(i + 1, 10, 30, 0.3), 9));
	/** The lesson's rule, written again from its words. */
	const rule = (curve: { degree: number; validation: number }[], d: number) => {
		const vs = curve.map((c) => c.validation);
		const vmin = Math.min(...vs);
		const dmin = curve[vs.indexOf(vmin)].degree;
		const v = curve[d].validation;
		return v <= vmin * 1.1 + 0.001 ? 'good' : d < dmin ? 'underfitting' : 'overfitting';
	};
	it('agrees with the rule as the lesson states it, for every degree of seeds 1–50', () => {
		for (const curve of curves)
			for (const c of curve) expect(fitVerdict(curve, c.degree)).toBe(rule(curve, c.degree));
	});
	it('calls the degree with the lowest validation error good, and never both under and over', () => {
		for (const curve of curves) {
			const best = validationMinimum(curve)!;
			expect(fitVerdict(curve, best.degree)).toBe('good');
			for (const c of curve) {
				const v = fitVerdict(curve, c.degree);
				if (c.degree < best.degree) expect(v).not.toBe('overfitting');
				if (c.degree > best.degree) expect(v).not.toBe('underfitting');
			}
		}
	});
	it('does what the sine data shows: degree 0–2 mostly underfit, degree 9 mostly overfits', () => {
		const count = (d: number, v: string) => curves.filter((c) => fitVerdict(c, d) === v).length;
		expect(count(0, 'underfitting')).toBe(50);
		expect(count(2, 'good')).toBeLessThan(10);
		expect(count(9, 'overfitting')).toBeGreaterThan(40);
		// seed 2, the first "New random points": degree 3 is not overfitting
		expect(fitVerdict(curves[1], 3)).not.toBe('overfitting');
	});
	it('gives no verdict for a degree the curve lacks', () => {
		expect(fitVerdict([], 1)).toBeUndefined();
		expect(fitVerdict(curves[0], 42)).toBeUndefined();
	});
});
