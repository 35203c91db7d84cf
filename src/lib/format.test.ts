import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DECIMAL_MARK,
	formatApart,
	asFactor,
	dataValue,
	formatCell,
	formatDecimals,
	formatCount,
	formatFixed,
	formatInputValue,
	formatSignedTerm,
	formatSignificant
} from './format';

// The independent reference: the platform's own number formatting (ECMA-402), which rounds the
// exact value half away from zero just as toFixed/toPrecision are specified to, but is separate code.
const intl = (locale: string, o: Intl.NumberFormatOptions) => {
	const f = new Intl.NumberFormat(locale, { useGrouping: false, ...o });
	return (x: number) => f.format(x);
};
const INTEGERS = ['0', '-0', '1', '-1'];
// (-0 left out: Intl prints it "-0", toFixed "0"; the formatters' own tables cover it)
const wide = fc.double({ min: -1e5, max: 1e5, noNaN: true }).filter((x) => !Object.is(x, -0));

describe('formatDecimals', () => {
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
	])('%s with %s digits → %s', (x, d, want) => expect(formatDecimals(x, d)).toBe(want));

	it('agrees with Intl.NumberFormat wherever that does not print a bare 0 or ±1', () => {
		fc.assert(
			fc.property(wide, fc.integer({ min: 0, max: 6 }), (x, d) => {
				const want = intl('en', { maximumFractionDigits: d })(x);
				if (!INTEGERS.includes(want)) expect(formatDecimals(x, d)).toBe(want);
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
				const shown = Number(formatDecimals(x, d));
				if (shown === Number(x.toFixed(d))) return; // no extra digits were needed
				expect(Math.abs(shown - x)).toBeLessThanOrEqual(0.1 * Math.abs(x - Math.round(x)) + 1e-15);
			})
		);
	});

	it('stays within rounding of the value', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
				expect(Math.abs(Number(formatDecimals(x, 3)) - x)).toBeLessThanOrEqual(0.0005 + 1e-9 * Math.abs(x));
			})
		);
	});
});

describe('formatSignificant', () => {
	it.each([
		[0.123456, 4, '0.1235'],
		[-2, 4, '−2'],
		[0, 4, '0'],
		[0.00002, 4, '2.000e−5'],
		[123456, 3, '1.23e+5'],
		[NaN, 4, '—'],
		[Infinity, 4, '∞'],
		[-Infinity, 4, '−∞'],
		[1 / (1 + Math.exp(-10)), 4, '0.99995']
	])('%s with %s digits → %s', (x, d, want) => expect(formatSignificant(x, d)).toBe(want));

	it('agrees with Intl.NumberFormat (significant digits) between 0.001 and 100,000', () => {
		const mid = wide.filter((x) => Math.abs(x) >= 1e-3 && Math.abs(x) < 1e5);
		fc.assert(
			fc.property(mid, fc.integer({ min: 1, max: 8 }), (x, d) => {
				const want = intl('en', { maximumSignificantDigits: d })(x).replace('-', '−');
				if (!INTEGERS.includes(want.replace('−', '-'))) expect(formatSignificant(x, d)).toBe(want);
			})
		);
	});
});

describe('0, 1 and −1 are printed only for exactly 0, 1 or −1', () => {
	it('holds for both rounding formatters (property)', () => {
		const near = fc.oneof(
			fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
			fc.double({ min: 0.999, max: 1.001, noNaN: true }),
			fc.double({ min: -1.001, max: -0.999, noNaN: true }),
			fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1_000_000)
		);
		fc.assert(
			fc.property(near, fc.integer({ min: 0, max: 6 }), (x, d) => {
				for (const s of [formatDecimals(x, d), formatSignificant(x, Math.max(1, d)).replace('−', '-')])
					if (INTEGERS.includes(s)) expect(Math.abs(Number(s) - x)).toBeLessThanOrEqual(1e-9);
			})
		);
	});
});

describe('formatFixed', () => {
	it('keeps trailing zeros, as Intl with fixed fraction digits does', () => {
		expect(formatFixed(2)).toBe('2.00');
		expect(formatFixed(-1.25, 1)).toBe('-1.3');
		expect(formatFixed(NaN)).toBe('—');
		fc.assert(
			fc.property(wide, fc.integer({ min: 0, max: 6 }), (x, d) => {
				const want = intl('en', { minimumFractionDigits: d, maximumFractionDigits: d })(x);
				// toFixed keeps the sign of a negative that rounds to zero ("-0.00"), as Intl does
				expect(formatFixed(x, d)).toBe(want);
			})
		);
	});
});

describe('cells, factors, terms and inputs', () => {
	it.each([
		[-2, '−2'],
		[0.5, '0.5'],
		[1 / 3, '0.333'],
		[-1 / 3, '−0.333'],
		[4, '4'],
		[-3, '−3'],
		[-0, '0'],
		[-1e-9, '0'],
		[2.5, '2.5'],
		[NaN, '—']
	])('formatCell(%s) = %s', (x, s) => expect(formatCell(x)).toBe(s));

	it('brackets negatives only', () => {
		expect(asFactor(formatCell(-2))).toBe('(−2)');
		expect(asFactor(formatCell(2))).toBe('2');
		expect(asFactor(formatSignificant(-0.5))).toBe('(−0.5)');
		expect(asFactor(formatCell(-1e-12))).toBe('0');
	});

	it('writes signed terms with a spaced sign', () => {
		expect(formatSignedTerm(-0.5)).toBe('− 0.5');
		expect(formatSignedTerm(0.25)).toBe('+ 0.25');
		expect(formatSignedTerm(0)).toBe('+ 0');
	});

	it('gives inputs plain ASCII with at most 4 decimals and no -0', () => {
		expect(formatInputValue(-1 / 9)).toBe('-0.1111');
		expect(formatInputValue(-0.00001)).toBe('0');
		fc.assert(
			fc.property(wide, (x) => {
				const s = formatInputValue(x);
				expect(s).toMatch(/^-?\d+(\.\d{1,4})?$/);
				expect(Math.abs(Number(s) - x)).toBeLessThanOrEqual(0.00005 + 1e-9 * Math.abs(x));
			})
		);
	});
});

describe('dataValue (the contract: String(x), or "" where undefined)', () => {
	it.each([
		[0.1 + 0.2, '0.30000000000000004'],
		[-0, '0'],
		[1e-7, '1e-7'],
		[null, ''],
		[undefined, ''],
		['converged', 'converged'],
		[true, 'true']
	])('%s → %j', (x, want) => expect(dataValue(x)).toBe(want));

	it('reads back as the same number', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true }), (x) => {
				expect(Number(dataValue(x))).toBe(x === 0 ? 0 : x);
			})
		);
	});
});

describe('locale', () => {
	const registered = { ...DECIMAL_MARK };
	afterEach(() => {
		for (const k of Object.keys(DECIMAL_MARK)) delete DECIMAL_MARK[k];
		Object.assign(DECIMAL_MARK, registered);
	});

	it("prints as 'en' for a locale without a mark of its own", () => {
		expect(formatDecimals(0.554, 3, 'xx')).toBe('0.554');
	});

	it('takes a decimal comma once one is registered, as Intl prints Indonesian', () => {
		DECIMAL_MARK.id = ',';
		fc.assert(
			fc.property(wide, fc.integer({ min: 0, max: 6 }), (x, d) => {
				const want = intl('id', { maximumFractionDigits: d })(x);
				if (!INTEGERS.includes(want)) expect(formatDecimals(x, d, 'id')).toBe(want);
				expect(formatFixed(x, d, 'id')).toBe(
					intl('id', { minimumFractionDigits: d, maximumFractionDigits: d })(x)
				);
			})
		);
	});
});

describe('formatApart', () => {
	it('prints different values differently, with no more digits than it needs', () => {
		expect(formatApart([0.079341, 0.079344, 0.0712])).toEqual(['0.079341', '0.079344', '0.0712']);
		expect(formatApart([0.1234, 0.5678])).toEqual(['0.1234', '0.5678']);
		expect(formatApart([2, 2, 3])).toEqual(['2', '2', '3']);
		fc.assert(
			fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { maxLength: 4 }), (xs) => {
				const out = formatApart(xs);
				xs.forEach((x, i) => xs.forEach((y, j) => x !== y && expect(out[i]).not.toBe(out[j])));
			})
		);
	});
});

describe('formatCount', () => {
	it("groups thousands the reader's way", () => {
		expect(formatCount(1234567, 'en')).toBe('1,234,567');
		expect(formatCount(1234567, 'id')).toBe('1.234.567');
		expect(formatCount(999, 'id')).toBe('999');
		expect(formatCount(-4096, 'en')).toBe('−4,096');
		expect(formatCount(NaN)).toBe('—');
	});
	it('agrees with Intl.NumberFormat (en-US and id-ID) on whole numbers', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e12, max: 1e12 }), (x) => {
				const en = new Intl.NumberFormat('en-US').format(x).replace('-', '−');
				const id = new Intl.NumberFormat('id-ID').format(x).replace('-', '−');
				expect(formatCount(x, 'en')).toBe(en);
				expect(formatCount(x, 'id')).toBe(id);
			})
		);
	});
});

// Numbers on screen go through this module, so an Indonesian page never shows "12,345" (which it
// would read as twelve point three) or "0.5".
const sources = import.meta.glob<string>(['/src/**/*.svelte', '/src/**/*.ts', '!/src/**/*.test.ts'], {
	query: '?raw',
	import: 'default',
	eager: true
});
describe('no component formats numbers by hand', () => {
	it('reads the sources (the check is not vacuous)', () => {
		expect(Object.keys(sources).length).toBeGreaterThan(100);
	});
	it("calls no toLocaleString: formatCount and friends take the reader's language", () => {
		const found = Object.entries(sources)
			.filter(([, src]) => /\.toLocale(String|DateString|TimeString)\(/.test(src))
			.map(([path]) => path);
		expect(found).toEqual([]);
	});
});
