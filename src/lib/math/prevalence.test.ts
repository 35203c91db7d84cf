import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atPrevalence, iconCounts } from './prevalence';
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

describe('iconCounts', () => {
	const rate = fc.double({ min: 0, max: 1, noNaN: true });

	it('gives whole parts that add up to 1,000, each less than one part from its expected count', () => {
		fc.assert(
			fc.property(rate, rate, rate, (r, s, p) => {
				const o = atPrevalence(r, s, p);
				const c = iconCounts(o);
				const all = [c.caught, c.missed, c.falseAlarms, c.correctOk];
				expect(all.every(Number.isInteger)).toBe(true);
				expect(all.reduce((a, b) => a + b, 0)).toBe(1000);
				const exact = [
					o.truePerThousand,
					o.missedPerThousand,
					o.falseAlarmsPerThousand,
					o.correctOkPerThousand
				];
				all.forEach((v, i) => expect(Math.abs(v - exact[i])).toBeLessThan(1));
			})
		);
	});

	it('is exact when the rates make whole parts (a counted population of 1,000)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (tp, fp) => {
				// 500 defective and 500 OK parts; tp and fp chosen as counts, so the rates are exact halves.
				const caught = Math.floor(tp / 2),
					alarms = Math.floor(fp / 2);
				const c = iconCounts(atPrevalence(caught / 500, 1 - alarms / 500, 0.5));
				expect(c).toEqual({ caught, missed: 500 - caught, falseAlarms: alarms, correctOk: 500 - alarms });
			})
		);
	});

	it('57% defects, recall 0.9, specificity 0.95: 513 caught, 57 missed, 21.5 false alarms split by rounding', () => {
		// 1000·0.57·0.9 = 513, 57, 1000·0.43·0.05 = 21.5, 408.5: the two halves go to the earlier count.
		expect(iconCounts(atPrevalence(0.9, 0.95, 0.57))).toEqual({
			caught: 513,
			missed: 57,
			falseAlarms: 22,
			correctOk: 408
		});
	});
});
