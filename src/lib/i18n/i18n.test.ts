import { describe, expect, it } from 'vitest';
import { en } from './en';
import { format, t } from './index';

describe('i18n', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(format('Lesson {n} of {total}', { n: 2, total: 10 })).toBe('Lesson 2 of 10');
		expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
	});
	it('looks up keys', () => {
		expect(t('course.lesson', { n: 3 })).toBe('Lesson 3');
	});
	it('picks a plural form by the count, not a "row(s)" for every count', () => {
		const m = '{n, plural, one {# row} other {# rows}} of {what}';
		expect(format(m, { n: 1, what: 'input' })).toBe('1 row of input');
		expect(format(m, { n: 0, what: 'input' })).toBe('0 rows of input');
		expect(format(m, { n: 2, what: 'input' })).toBe('2 rows of input');
		// Exact matches first; forms may hold placeholders; Indonesian has only "other".
		const e = '{n, plural, =0 {none} one {one {x}} other {# {x}s}}';
		expect([0, 1, 5].map((n) => format(e, { n, x: 'map' }))).toEqual(['none', 'one map', '5 maps']);
		expect(format('{n, plural, one {# baris} other {# baris}}', { n: 1 }, 'id')).toBe('1 baris');
		// A missing count leaves the message visible rather than guessing a form.
		expect(format(m, { what: 'input' })).toBe(m.replace('{what}', 'input'));
	});
	it('no interface string hedges a plural with "(s)"', () => {
		const hedged = Object.entries(en).filter(([, v]) => /\w\(s\)/.test(v));
		expect(hedged.map(([k]) => k)).toEqual([]);
	});
});
