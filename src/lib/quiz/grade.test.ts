import { describe, expect, it } from 'vitest';
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
	it('grades single and multiple choice', () => {
		expect(grade(single, { chosen: [1] })).toBe('right');
		expect(grade(single, { chosen: [0] })).toBe('wrong');
		expect(grade(single, { chosen: [] })).toBe('empty');
		expect(grade(multiple, { chosen: [2, 0] })).toBe('right');
		expect(grade(multiple, { chosen: [0] })).toBe('wrong');
		expect(grade(multiple, { chosen: [0, 1, 2] })).toBe('wrong');
	});
});
