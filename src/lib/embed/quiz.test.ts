import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readParams } from './params';
import { keptResponses, pickQuestions, quizParams, responseText, restoreResponses } from './quiz';
import type { Question } from '$lib/quiz/types';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('quiz embed parameters', () => {
	it('defaults: seed 0, the whole quiz', () => {
		expect(readParams(quizParams(ids), '')).toEqual({
			values: { seed: 0, n: 5, question: null },
			messages: []
		});
	});
	it('clamps n and seed with a message naming them; refuses non-numbers and unknown questions', () => {
		const r = readParams(quizParams(ids), 'seed=2000000&n=9');
		expect(r.values).toMatchObject({ seed: 999_999, n: 5 });
		expect(r.messages.join(' ')).toMatch(/seed/);
		expect(r.messages.join(' ')).toMatch(/\bn\b/);
		const bad = readParams(quizParams(ids), 'seed=abc&n=1.5&question=zzz');
		expect(bad.values).toEqual({ seed: 0, n: 5, question: null });
		expect(bad.messages).toHaveLength(3);
		expect(bad.messages[2]).toMatch(/question/);
		expect(bad.messages[2]).toMatch(/zzz/);
		expect(readParams(quizParams(ids), 'n=0').values.n).toBe(1);
		expect(readParams(quizParams(ids), 'question=c').values.question).toBe('c');
	});
});

describe('pickQuestions', () => {
	it('n distinct questions in lesson order, fixed by the seed; all of them when n ≥ total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 0, max: 999_999 }),
				fc.integer({ min: 1, max: 40 }),
				(total, seed, n) => {
					const p = pickQuestions(total, seed, n);
					expect(p).toHaveLength(Math.min(n, total));
					expect(new Set(p).size).toBe(p.length);
					expect([...p].sort((a, b) => a - b)).toEqual(p);
					expect(p.every((i) => Number.isInteger(i) && i >= 0 && i < total)).toBe(true);
					expect(pickQuestions(total, seed, n)).toEqual(p);
					if (n >= total) expect(p).toEqual([...Array(total).keys()]);
				}
			)
		);
	});
	it('different seeds ask different subsets', () => {
		const seen = new Set(Array.from({ length: 40 }, (_, s) => pickQuestions(6, s, 3).join()));
		expect(seen.size).toBeGreaterThan(5);
	});
});

const single: Question = {
	kind: 'single',
	id: 's',
	prompt: '',
	explanation: '',
	choices: [
		{ text: 'A', correct: false },
		{ text: 'B', correct: true }
	]
};
const numeric: Question = { kind: 'numeric', id: 'n', prompt: '', explanation: '', answer: 1, tolerance: 0 };
const widget: Question = {
	kind: 'widget',
	id: 'w',
	prompt: '',
	explanation: '',
	widget: 'pooling',
	checks: [{ readout: 'flattened-length', equals: 4 }]
};

describe('responses for statements and suspend data', () => {
	it('as text', () => {
		expect(responseText(single, { chosen: [1] })).toBe('B');
		expect(responseText(single, { chosen: [7] })).toBe('');
		expect(responseText(numeric, { text: ' 0,5 ' })).toBe('0,5');
		expect(responseText(widget, { readouts: { 'flattened-length': '4', other: '1' } })).toBe(
			'flattened-length=4'
		);
		expect(responseText(numeric, undefined)).toBe('');
	});
	it('kept and restored, dropping what no longer fits', () => {
		const kept = keptResponses({ s: { chosen: [1] }, n: { text: '3' }, w: { readouts: { x: '1' } } });
		expect(kept).toEqual({ s: [1], n: '3' });
		expect(restoreResponses([single, numeric, widget], kept)).toEqual({
			s: { chosen: [1] },
			n: { text: '3' }
		});
		expect(restoreResponses([single, numeric], { s: [5], n: [1] })).toEqual({});
		expect(restoreResponses([single], { s: [0, 1] })).toEqual({});
	});
});
