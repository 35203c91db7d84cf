import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setLocale } from '$lib/i18n';
import { formatNumber } from '$lib/i18n/number';
import { grade, readNumber } from './grade';
import type { Question } from './types';

describe('readNumber', () => {
	it.each([
		['0.75', 0.75],
		['0,75', 0.75],
		['3/4', 0.75],
		['75%', 0.75],
		[' 1952.25 ', 1952.25],
		['1,952.25', 1952.25],
		['−2', -2],
		['1e-3', 0.001],
		['.5', 0.5]
	])('reads %s', (text, value) => expect(readNumber(text)).toBeCloseTo(value, 12));
	it.each(['', 'abc', '1/0', '1..2', 'NaN', 'Infinity', '1,2,3'])('refuses %s', (text) =>
		expect(readNumber(text)).toBeNull()
	);
	it('reads numbers the way the page’s language writes them', () => {
		expect(readNumber('1.952,25', 'id')).toBe(1952.25);
		expect(readNumber('1.952,25', 'en')).toBe(1952.25);
		expect(readNumber('0,5', 'id')).toBe(0.5);
		expect(readNumber('0.5', 'id')).toBe(0.5);
		expect(readNumber('−1.952,25', 'id')).toBe(-1952.25);
		expect(readNumber('1,5/3', 'id')).toBeCloseTo(0.5, 12);
		expect(readNumber('12,5%', 'id')).toBeCloseTo(0.125, 12);
		// A lone dot before three digits groups thousands in Indonesian, is a decimal point in English.
		expect(readNumber('1.952', 'id')).toBe(1952);
		expect(readNumber('1.952', 'en')).toBe(1.952);
		// A lone comma is a decimal comma everywhere (as this reader always had it).
		expect(readNumber('1,952', 'en')).toBe(1.952);
		expect(readNumber('426,325', 'id')).toBe(426.325);
		expect(readNumber('1,952,000', 'en')).toBe(1952000);
		expect(readNumber('1.952.25', 'id')).toBeNull();
	});
	it('reads back any number as an Indonesian page displays it', () =>
		fc.assert(
			fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (x) => {
				const shown = formatNumber(x, 'id', { maxDigits: 3 });
				const back = readNumber(shown, 'id');
				expect(back).not.toBeNull();
				expect(back!).toBeCloseTo(Number(x.toFixed(3)), 9);
			})
		));
});

describe('grade', () => {
	const numeric: Question = {
		kind: 'numeric',
		id: 'n',
		prompt: '',
		explanation: '',
		answer: 1952.25,
		tolerance: 0.01
	};
	const single: Question = {
		kind: 'single',
		id: 's',
		prompt: '',
		explanation: '',
		choices: [
			{ text: 'a', correct: false },
			{ text: 'b', correct: true }
		]
	};
	const multiple: Question = {
		kind: 'multiple',
		id: 'm',
		prompt: '',
		explanation: '',
		choices: [
			{ text: 'a', correct: true },
			{ text: 'b', correct: false },
			{ text: 'c', correct: true }
		]
	};
	it('grades numeric answers within the tolerance', () => {
		expect(grade(numeric, { text: '1952.25' })).toBe('right');
		expect(grade(numeric, { text: '1952,254' })).toBe('right');
		expect(grade(numeric, { text: '1952.3' })).toBe('wrong');
		expect(grade(numeric, { text: '' })).toBe('empty');
		expect(grade(numeric, { text: 'lots' })).toBe('unreadable');
	});
	it('grades an answer typed in Indonesian on an Indonesian page', () => {
		setLocale('id');
		try {
			expect(grade(numeric, { text: '1.952,25' })).toBe('right');
			expect(grade(numeric, { text: '1952,25' })).toBe('right');
			expect(grade(numeric, { text: '1.952' })).toBe('wrong');
		} finally {
			setLocale('en');
		}
		expect(grade(numeric, { text: '1.952,25' })).toBe('right');
	});
	it('grades single and multiple choice', () => {
		expect(grade(single, { chosen: [1] })).toBe('right');
		expect(grade(single, { chosen: [0] })).toBe('wrong');
		expect(grade(single, { chosen: [] })).toBe('empty');
		expect(grade(multiple, { chosen: [2, 0] })).toBe('right');
		expect(grade(multiple, { chosen: [0] })).toBe('wrong');
		expect(grade(multiple, { chosen: [0, 1, 2] })).toBe('wrong');
	});
});
