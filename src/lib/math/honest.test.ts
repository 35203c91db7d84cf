import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	balancedAccuracy,
	baselineAccuracy,
	oneClassPrediction,
	suggestedThreshold,
	thinClasses,
	wilsonInterval,
	Z95
} from './honest';
import { confusionFromScores } from './metrics';

const labelsArb = fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 60 });

describe('baselineAccuracy', () => {
	it('is the larger class share', () => {
		expect(baselineAccuracy([1, 0, 0, 0])).toEqual({ ok: true, value: { value: 0.75, positive: false } });
		expect(baselineAccuracy([1, 1, 1, 0])).toEqual({ ok: true, value: { value: 0.75, positive: true } });
		expect(baselineAccuracy([])).toEqual({ ok: false, reason: 'empty' });
	});
	it('equals the accuracy of always answering the majority class', () => {
		fc.assert(
			fc.property(labelsArb, (labels) => {
				const b = baselineAccuracy(labels);
				if (!b.ok) return false;
				const guess = b.value.positive ? 1 : 0;
				const right = labels.filter((y) => y === guess).length / labels.length;
				expect(b.value.value).toBeCloseTo(right, 12);
				expect(b.value.value).toBeGreaterThanOrEqual(0.5);
			})
		);
	});
});

describe('balancedAccuracy', () => {
	it('is the mean of recall and specificity, counted one image at a time', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })), {
					minLength: 1,
					maxLength: 50
				}),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(pairs, th) => {
					const scores = pairs.map((p) => p[0]),
						labels = pairs.map((p) => p[1]);
					const b = balancedAccuracy(confusionFromScores(scores, labels, th));
					const pos = pairs.filter((p) => p[1] === 1),
						neg = pairs.filter((p) => p[1] === 0);
					if (pos.length === 0 || neg.length === 0) {
						expect(b.ok).toBe(false);
						return;
					}
					const rec = pos.filter((p) => p[0] >= th).length / pos.length;
					const spec = neg.filter((p) => p[0] < th).length / neg.length;
					expect(b.ok && b.value).toBeCloseTo((rec + spec) / 2, 12);
				}
			)
		);
	});
	it('is 0.5 for "always OK" however imbalanced', () => {
		expect(balancedAccuracy({ tp: 0, fn: 15, fp: 0, tn: 116 })).toEqual({ ok: true, value: 0.5 });
	});
});

describe('wilsonInterval', () => {
	it('matches published values', () => {
		// Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 → 0.2553–0.3662;
		// 15/148 → 0.0624–0.1605; 0/20 → 0–0.1611; 1/29 → 0.0061–0.1718.
		const cases: [number, number, number, number][] = [
			[81, 263, 0.2553, 0.3662],
			[15, 148, 0.0624, 0.1605],
			[0, 20, 0, 0.1611],
			[1, 29, 0.0061, 0.1718]
		];
		for (const [k, n, lo, hi] of cases) {
			const w = wilsonInterval(k, n);
			expect(w.ok).toBe(true);
			if (!w.ok) continue;
			expect(w.value.low).toBeCloseTo(lo, 4);
			expect(w.value.high).toBeCloseTo(hi, 4);
		}
	});
	it('bounds solve (p̂ − p)² = z²·p(1 − p)/n, hold p̂, stay in [0, 1] and mirror k ↔ n − k', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
				const k = Math.round(f * n);
				const w = wilsonInterval(k, n);
				if (!w.ok) return false;
				const { low, high } = w.value;
				const ph = k / n;
				expect(low).toBeGreaterThanOrEqual(0);
				expect(high).toBeLessThanOrEqual(1);
				expect(low).toBeLessThanOrEqual(ph + 1e-12);
				expect(high).toBeGreaterThanOrEqual(ph - 1e-12);
				for (const b of [low, high]) {
					// residual of the defining quadratic, scaled: zero at both roots
					const r = (ph - b) ** 2 - (Z95 * Z95 * b * (1 - b)) / n;
					expect(Math.abs(r)).toBeLessThan(1e-9);
				}
				const m = wilsonInterval(n - k, n);
				expect(m.ok && m.value.low).toBeCloseTo(1 - high, 10);
				expect(m.ok && m.value.high).toBeCloseTo(1 - low, 10);
			})
		);
	});
	it('refuses an empty or impossible count', () => {
		expect(wilsonInterval(0, 0).ok).toBe(false);
		expect(wilsonInterval(5, 3).ok).toBe(false);
		expect(wilsonInterval(-1, 3).ok).toBe(false);
	});
});

describe('oneClassPrediction and thinClasses', () => {
	it('names a model that answers one class', () => {
		expect(oneClassPrediction({ tp: 0, fp: 0, fn: 15, tn: 116 })).toBe('all-ok');
		expect(oneClassPrediction({ tp: 15, fp: 116, fn: 0, tn: 0 })).toBe('all-defective');
		expect(oneClassPrediction({ tp: 1, fp: 0, fn: 14, tn: 116 })).toBeNull();
		expect(oneClassPrediction({ tp: 0, fp: 0, fn: 0, tn: 0 })).toBeNull();
	});
	it('lists classes under the minimum', () => {
		expect(thinClasses([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
			defective: 3,
			ok: 11,
			thin: ['defective']
		});
		expect(thinClasses([], 10).thin).toEqual(['defective', 'ok']);
	});
});

describe('suggestedThreshold', () => {
	it('maximises balanced accuracy over every threshold (brute force)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.integer({ min: 0, max: 20 }).map((x) => x / 20),
						fc.integer({ min: 0, max: 1 })
					),
					{ minLength: 2, maxLength: 40 }
				),
				(pairs) => {
					const scores = pairs.map((p) => p[0]),
						labels = pairs.map((p) => p[1]);
					const s = suggestedThreshold(scores, labels);
					const P = labels.filter((y) => y === 1).length;
					if (P === 0 || P === labels.length) {
						expect(s.ok).toBe(false);
						return;
					}
					if (!s.ok) return false;
					const ba = (th: number) => {
						const b = balancedAccuracy(confusionFromScores(scores, labels, th));
						return b.ok ? b.value : -1;
					};
					let best = -1;
					for (let th = 0; th <= 1.0001; th += 0.025) best = Math.max(best, ba(th));
					expect(ba(s.value)).toBeGreaterThanOrEqual(best - 1e-12);
					expect(scores).toContain(s.value);
				}
			)
		);
	});
	it('is not 0.5 when the scores are all low, as a small imbalanced training makes them', () => {
		const s = suggestedThreshold([0.05, 0.1, 0.12, 0.3, 0.35], [0, 0, 0, 1, 1]);
		expect(s).toEqual({ ok: true, value: 0.3 });
	});
});
