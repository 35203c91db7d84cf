import { describe, expect, it } from 'vitest';
import { en } from './en';
import { format, getLocale, setLocale, t } from './index';

describe('i18n', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(format('Lesson {n} of {total}', { n: 2, total: 10 })).toBe('Lesson 2 of 10');
		expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
		expect(format('casting_data/{train,test}/{def_front,ok_front}', {})).toBe(
			'casting_data/{train,test}/{def_front,ok_front}'
		);
	});
	it('looks up keys in the page language, or the one asked for', () => {
		expect(getLocale()).toBe('en');
		expect(t('course.lesson', { n: 3 })).toBe('Lesson 3');
		expect(t('course.lesson', { n: 3 }, 'id')).toBe('Pelajaran 3');
		setLocale('id');
		try {
			expect(t('course.lesson', { n: 3 })).toBe('Pelajaran 3');
		} finally {
			setLocale('en');
		}
	});
	it('chooses plural forms by each language’s rules, not by adding an s', () => {
		const tpl = '{n, plural, one {# map gives} other {# maps give}} {total}';
		expect(format(tpl, { n: 1, total: 'x' }, 'en')).toBe('1 map gives x');
		expect(format(tpl, { n: 3, total: 'x' }, 'en')).toBe('3 maps give x');
		expect(format(tpl, { n: 1.5, total: 'x' }, 'en')).toBe('1.5 maps give x');
		// Indonesian has one form; a number needs no plural noun.
		const id = '{n, plural, other {# peta menghasilkan}}';
		expect(format(id, { n: 1 }, 'id')).toBe('1 peta menghasilkan');
		expect(format(id, { n: 2.5 }, 'id')).toBe('2,5 peta menghasilkan');
		expect(format('{n, plural, =0 {none} one {one} other {#}}', { n: 0 }, 'en')).toBe('none');
	});
	it('writes numbers with the language’s decimal sign', () => {
		expect(format('{x} ms', { x: 0.25 }, 'id')).toBe('0,25 ms');
		expect(format('{x} ms', { x: 0.25 }, 'en')).toBe('0.25 ms');
		expect(format('{x} ms', { x: '0.25' }, 'id')).toBe('0.25 ms');
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
