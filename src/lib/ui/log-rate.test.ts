import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { num } from '$lib/embed/params';
import { rateAt } from './log-rate';

const lr = num({ min: 1e-4, max: 2, default: 0.1 });

describe('rateAt', () => {
	it('gives 10^exponent to 3 significant digits, within the range', () => {
		expect(rateAt(-1, lr)).toBe(0.1);
		expect(rateAt(Math.log10(0.0123456), lr)).toBe(0.0123);
		expect(rateAt(Math.log10(2), lr)).toBe(2);
		expect(rateAt(-4, lr)).toBe(1e-4);
		expect(rateAt(5, lr)).toBe(2);
		expect(rateAt(-9, lr)).toBe(1e-4);
	});
	it('is never more than half a unit of the third digit from 10^exponent inside the range', () =>
		fc.assert(
			fc.property(fc.double({ min: -4, max: Math.log10(2), noNaN: true }), (e) => {
				const r = rateAt(e, lr);
				expect(Math.abs(r - 10 ** e) / 10 ** e).toBeLessThanOrEqual(0.005 + 1e-12);
				expect(Number(r.toPrecision(3))).toBe(r);
			})
		));
});
