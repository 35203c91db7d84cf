// Lesson 4's quiz (backpropagation) in Bahasa Indonesia: every variant says the same numbers as
// its English twin (none dropped, none invented by the translation), writes them with a decimal
// comma, leaves no placeholder unfilled, and counts with the language's plural rules.
// (languages.test.ts and catalogues.test.ts check the same answers and no English words left.)
import { describe, expect, it } from 'vitest';
import { setLocale, type Locale } from '$lib/i18n';
import { quiz } from '../../../content/lessons/04-backpropagation/quiz';
import type { Question, QuestionSource } from './types';

function makeIn(source: QuestionSource, seed: number, locale: Locale): Question {
	setLocale(locale);
	try {
		return source.make(seed);
	} finally {
		setLocale('en');
	}
}

const words = (q: Question) => [
	q.prompt,
	q.explanation,
	...('choices' in q ? q.choices.flatMap((c) => [c.text, c.why ?? '']) : [])
];

/** The numbers a text shows, in JavaScript's form, sorted (Indonesian `0,5` read as 0.5). */
const numbers = (s: string, locale: Locale) =>
	(
		(locale === 'id' ? s.replace(/(\d),(\d)/g, '$1.$2') : s).replace(/−/g, '-').match(/-?\d+(?:\.\d+)?/g) ??
		[]
	)
		.map(Number)
		.sort((a, b) => a - b);

const SEEDS = Array.from({ length: 80 }, (_, i) => i * 1000 + (i % 7));

describe('lesson 4 quiz in Indonesian', () => {
	it('every question is offered in both languages', () => {
		expect(quiz.length).toBe(9);
		for (const s of quiz) expect(s.locales).toEqual(['en', 'id']);
	});
	it.each(quiz.map((s) => [s.id, s] as const))(
		'%s: the English numbers, with a decimal comma',
		(_, source) => {
			for (const seed of SEEDS) {
				const en = words(makeIn(source, seed, 'en')).join('\n');
				const id = words(makeIn(source, seed, 'id')).join('\n');
				expect(id, `seed ${seed}`).not.toMatch(/\d\.\d|\{|\}|undefined|NaN/);
				expect(numbers(id, 'id'), `seed ${seed}: ${id}`).toEqual(numbers(en, 'en'));
			}
		}
	);
	it('the number finder reads a decimal comma and would catch a changed number', () => {
		expect(numbers('x₁ = 2 − 0,1 × 4 = 1,6', 'id')).toEqual(numbers('x₁ = 2 − 0.1 × 4 = 1.6', 'en'));
		expect(numbers('x₁ = 2 − 0,1 × 4 = 1,5', 'id')).not.toEqual(numbers('x₁ = 2 − 0.1 × 4 = 1.6', 'en'));
	});
	it('one update is singular in English, and Indonesian does not pluralise', () => {
		const mb = quiz.find((s) => s.id === 'minibatch-updates')!;
		const one = SEEDS.find((seed) => (makeIn(mb, seed, 'en') as { answer: number }).answer === 1);
		const many = SEEDS.find((seed) => (makeIn(mb, seed, 'en') as { answer: number }).answer > 1);
		expect(one).toBeDefined();
		expect(many).toBeDefined();
		expect(makeIn(mb, one!, 'en').explanation).toContain('= 1 update;');
		expect(makeIn(mb, many!, 'en').explanation).toMatch(/= \d+ updates\b/);
		expect(makeIn(mb, one!, 'id').explanation).toContain('= 1 pembaruan');
		expect(makeIn(mb, many!, 'id').explanation).toMatch(/= \d+ pembaruan\b/);
	});
});
