import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atPrevalence } from './prevalence';
import { metricsFrom } from './metrics';

describe('atPrevalence', () => {
	it('matches precision counted on a whole population (independent reference)', () => {
		// Build an integer population whose rates are exact, count its confusion matrix, and
		// compare with metrics.ts's precision.
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 50 }),
				fc.integer({ min: 0, max: 50 }),
				fc.integer({ min: 0, max: 50 }),
				fc.integer({ min: 0, max: 50 }),
				(pos, neg, tpOf50, tnOf50) => {
					const N = 50;
					const tp = pos * tpOf50,
						fn = pos * (N - tpOf50),
						tn = neg * tnOf50,
						fp = neg * (N - tnOf50);
					const m = metricsFrom({ tp, fp, fn, tn });
					const r = atPrevalence(tpOf50 / N, tnOf50 / N, pos / (pos + neg));
					if (!m.precision.ok) expect(r.precision).toBeNull();
					else expect(r.precision).toBeCloseTo(m.precision.value, 10);
					const total = tp + fp + fn + tn;
					expect(r.falseAlarmsPerThousand).toBeCloseTo((1000 * fp) / total, 8);
					expect(r.missedPerThousand).toBeCloseTo((1000 * fn) / total, 8);
				}
			)
		);
	});

	it('the four counts per 1,000 add up to 1,000', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(r, s, p) => {
					const o = atPrevalence(r, s, p);
					expect(
						o.truePerThousand + o.falseAlarmsPerThousand + o.missedPerThousand + o.correctOkPerThousand
					).toBeCloseTo(1000, 8);
				}
			)
		);
	});

	it('the same classifier is precise at 57% defects and not at 2%', () => {
		expect(atPrevalence(0.95, 0.95, 0.57).precision).toBeGreaterThan(0.96);
		expect(atPrevalence(0.95, 0.95, 0.02).precision).toBeLessThan(0.3);
	});

	it('refuses values outside 0…1', () => {
		expect(() => atPrevalence(1.2, 0.9, 0.5)).toThrow(/recall/);
		expect(() => atPrevalence(0.9, NaN, 0.5)).toThrow(/specificity/);
	});
});
