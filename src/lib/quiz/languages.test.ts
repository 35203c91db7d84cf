// Quiz generators in every language their words exist in: the same question, the same answer and
// the same right choices, only the words differ; and no English left in the other language (the
// English words of the same question). catalogues.test.ts checks the Indonesian quiz against the
// English of its catalogue.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locale';
import { setLocale } from '$lib/i18n';
import type { Question, QuestionSource } from './types';

const quizzes = import.meta.glob<{ quiz: QuestionSource[] }>('/content/lessons/*/quiz.ts', { eager: true });

function makeIn(source: QuestionSource, seed: number, locale: (typeof LOCALES)[number]): Question {
	setLocale(locale);
	try {
		return source.make(seed);
	} finally {
		setLocale('en');
	}
}

const shape = (q: Question) => ({
	kind: q.kind,
	id: q.id,
	section: q.section,
	answer: q.kind === 'numeric' ? q.answer : undefined,
	correct: 'choices' in q ? q.choices.map((c) => c.correct) : undefined
});
const words = (q: Question) => [
	q.prompt,
	q.explanation,
	...('choices' in q ? q.choices.flatMap((c) => [c.text, c.why ?? '']) : [])
];

const translated = Object.entries(quizzes).flatMap(([path, m]) =>
	m.quiz.filter((s) => s.locales?.includes('id')).map((s) => [`${path.split('/')[3]} ${s.id}`, s] as const)
);

describe('quizzes in Bahasa Indonesia', () => {
	it('at least one lesson’s quiz is translated', () => expect(translated.length).toBeGreaterThan(0));
	it.each(translated)('%s: same question and answer in both languages, words translated', (_, source) => {
		for (let seed = 0; seed < 40; seed++) {
			const en = makeIn(source, seed, 'en');
			const id = makeIn(source, seed, 'id');
			expect(shape(id)).toEqual(shape(en));
			expect(id.prompt).not.toBe(en.prompt);
			expect(id.explanation).not.toBe(en.explanation);
			const english = words(en).filter((w) => w.length >= 12 && !w.startsWith('conda '));
			for (const w of words(id)) for (const e of english) expect(w, `seed ${seed}`).not.toContain(e);
			expect(words(id).join(' ')).not.toMatch(/\{\w+\}|undefined|NaN/);
		}
	});
});
