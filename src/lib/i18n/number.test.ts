import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, localizeDecimal, parseNumber } from './number';
import { LOCALES } from './locale';

describe('parseNumber', () => {
	it('reads both decimal signs, in both languages', () => {
		for (const locale of LOCALES) {
			expect(parseNumber('0,5', locale)).toBe(0.5);
			expect(parseNumber('0.5', locale)).toBe(0.5);
			expect(parseNumber(' −2,25 ', locale)).toBe(-2.25);
			expect(parseNumber('+3', locale)).toBe(3);
			expect(parseNumber('1e-5', locale)).toBe(1e-5);
			expect(parseNumber('0.125', locale)).toBe(0.125);
		}
	});
	it('never reads a thousands dot as a decimal point when both signs appear', () => {
		expect(parseNumber('1.952,25', 'id')).toBe(1952.25);
		expect(parseNumber('1.952,25', 'en')).toBe(1952.25);
		expect(parseNumber('1,952.25', 'en')).toBe(1952.25);
		expect(parseNumber('1,952.25', 'id')).toBe(1952.25);
		expect(parseNumber('1.000.000', 'id')).toBe(1e6);
		expect(parseNumber('1 000 000,5', 'id')).toBe(1000000.5);
	});
	it('reads a lone sign before three digits the way the language writes it', () => {
		expect(parseNumber('1.952', 'id')).toBe(1952);
		expect(parseNumber('1.952', 'en')).toBe(1.952);
		expect(parseNumber('1,952', 'en')).toBe(1952);
		expect(parseNumber('1,952', 'id')).toBe(1.952);
	});
	it('refuses what is not a number', () => {
		for (const bad of [
			'',
			' ',
			'abc',
			'1.2.3,4,5',
			'1,2,3',
			'1.95.2',
			'--1',
			'1..2',
			'.',
			',',
			'1e',
			'0x10',
			'NaN',
			'Infinity'
		])
			expect(parseNumber(bad, 'id'), bad).toBeNull();
	});
	it('gives back what formatNumber wrote (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e9, max: 1e9, noNaN: true }),
				fc.constantFrom(...LOCALES),
				fc.integer({ min: 0, max: 6 }),
				fc.boolean(),
				(x, locale, digits, grouping) => {
					const shown = formatNumber(x, locale, { maxDigits: digits, grouping });
					const back = parseNumber(shown, locale);
					expect(back, shown).not.toBeNull();
					expect(Math.abs(back! - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * Math.abs(x));
				}
			)
		);
	});
	it('reads what JavaScript prints (String(x)) on English pages', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
				expect(parseNumber(String(x), 'en')).toBe(x === 0 ? 0 : x);
			})
		);
	});
});

describe('formatNumber and localizeDecimal', () => {
	it('write a comma for the decimal sign on Indonesian pages', () => {
		expect(formatNumber(1952.25, 'id', { maxDigits: 2 })).toBe('1.952,25');
		expect(formatNumber(1952.25, 'en', { maxDigits: 2 })).toBe('1,952.25');
		expect(formatNumber(-0.5, 'id')).toBe('−0,5');
		expect(formatNumber(NaN, 'id')).toBe('—');
		expect(localizeDecimal('0.554', 'id')).toBe('0,554');
		expect(localizeDecimal('−1.2e-7', 'id')).toBe('−1,2e-7');
		expect(localizeDecimal('0.554', 'en')).toBe('0.554');
		expect(localizeDecimal('Done. 3', 'id')).toBe('Done. 3');
	});
	it('localizeDecimal output reads back (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
				const s = String(Number(x.toPrecision(6)));
				expect(parseNumber(localizeDecimal(s, 'id'), 'id')).toBe(Number(s) === 0 ? 0 : Number(s));
			})
		);
	});
});
