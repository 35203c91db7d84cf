import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fmt } from './format';
import { fmtApart, fmt as fmtSig } from '$lib/widgets/nn-common/format';

describe('fmt', () => {
	it.each([
		[93 / 168, 3, '0.554'],
		[0.97, 3, '0.97'],
		[1, 3, '1'],
		[0, 3, '0'],
		[-0, 3, '0'],
		[1234.5678, 1, '1234.6'],
		[NaN, 3, '—'],
		[Infinity, 3, '—'],
		// never a 0 or 1 that is not one
		[1 / 1_000_000, 3, '0.000001'],
		[-0.0001, 3, '-0.0001'],
		[0.9996, 3, '0.9996'],
		[999_999 / 1_000_000, 3, '0.999999'],
		[1.0004, 3, '1.0004'],
		// …and not one rounded up to a digit that overstates it (6 in a million is not 1 in 100,000)
		[6 / 1_000_000, 3, '0.000006'],
		[6 / 1_000_005, 3, '0.000006'],
		[1.5 / 1_000_000, 3, '0.0000015'],
		[0.99994, 3, '0.99994'],
		[2.9996, 3, '3'],
		// floating-point noise is not a fact
		[0.1 + 0.2 - 0.3, 3, '0'],
		[-1e-12, 3, '0']
	])('%s with %s digits → %s', (x, d, want) => expect(fmt(x, d)).toBe(want));

	it('prints 0, 1 or −1 only for exactly 0, 1 or −1 (property, both formatters)', () => {
		const near = fc.oneof(
			fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
			fc.double({ min: 0.999, max: 1.001, noNaN: true }),
			fc.double({ min: -1.001, max: -0.999, noNaN: true }),
			fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1_000_000)
		);
		fc.assert(
			fc.property(near, fc.integer({ min: 0, max: 6 }), (x, d) => {
				for (const s of [fmt(x, d), fmtSig(x, Math.max(1, d)).replace('−', '-')])
					if (['0', '1', '-1'].includes(s)) expect(Math.abs(Number(s) - x)).toBeLessThanOrEqual(1e-9);
			})
		);
	});

	it('a value printed with extra digits to stay off 0/±1 is within 10% of its distance from it', () => {
		const near = fc.oneof(
			fc.double({ min: 1e-12, max: 1e-3, noNaN: true }),
			fc.double({ min: 0.999, max: 1 - 1e-12, noNaN: true }),
			fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1_000_000)
		);
		fc.assert(
			fc.property(near, fc.integer({ min: 0, max: 4 }), (x, d) => {
				const base = Math.round(x);
				const shown = Number(fmt(x, d));
				if (shown === Number(x.toFixed(d))) return; // no extra digits were needed
				expect(Math.abs(shown - x)).toBeLessThanOrEqual(0.1 * Math.abs(x - base) + 1e-15);
			})
		);
	});

	it('stays within rounding of the value otherwise', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
				expect(Math.abs(Number(fmt(x, 3)) - x)).toBeLessThanOrEqual(0.0005 + 1e-9 * Math.abs(x));
			})
		);
	});
});

describe('fmtApart', () => {
	it('prints different values differently, with no more digits than it needs', () => {
		expect(fmtApart([0.079341, 0.079344, 0.0712])).toEqual(['0.079341', '0.079344', '0.0712']);
		expect(fmtApart([0.1234, 0.5678])).toEqual(['0.1234', '0.5678']);
		expect(fmtApart([2, 2, 3])).toEqual(['2', '2', '3']);
		fc.assert(
			fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { maxLength: 4 }), (xs) => {
				const out = fmtApart(xs);
				xs.forEach((x, i) => xs.forEach((y, j) => x !== y && expect(out[i]).not.toBe(out[j])));
			})
		);
	});
});
