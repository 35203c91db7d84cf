// Lessons 6–8's quizzes in Bahasa Indonesia keep no English words from their catalogues: no
// fragment of an English catalogue string (cut at its placeholders and plurals) shows in any
// Indonesian prompt, choice or explanation, over many variants. Only names and terms of at most
// three words ("Sobel x", "global max pooling") may be the same in both languages.
// (languages.test.ts checks the same question and answer in both languages; this checks the
// words against the catalogue itself.)
import { describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n';
import type { QuizText } from './text';
import type { Question, QuestionSource } from './types';

const LESSONS = ['06-images-as-data', '07-convolution', '08-pooling-and-flattening'];

const texts = import.meta.glob<{ text: QuizText<string> }>('/content/lessons/*/quiz-text.ts', {
	eager: true
});
const quizzes = import.meta.glob<{ quiz: QuestionSource[] }>('/content/lessons/*/quiz.ts', { eager: true });

/** The literal pieces of a catalogue string: text outside `{…}` (plural forms' words included). */
function fragments(s: string): string[] {
	return s
		.split(/[{}]/)
		.map((f) => f.trim())
		.filter((f) => f.length >= 10 && !/^\w+,\s*plural,/.test(f));
}

/**
 * English left untranslated: a long string the same in both languages, or a fragment of one that
 * differs, unless its own translation keeps that fragment on purpose (a term the glossary leaves
 * in English, such as "zero padding").
 */
function english(text: QuizText<string>): string[] {
	return [
		...new Set(
			Object.entries(text.en).flatMap(([k, v]) =>
				v === text.id[k]
					? v.split(' ').length > 3
						? fragments(v)
						: []
					: fragments(v).filter((f) => !text.id[k].includes(f))
			)
		)
	];
}

const words = (q: Question) => [
	q.prompt,
	q.explanation,
	...('choices' in q ? q.choices.flatMap((c) => [c.text, c.why ?? '']) : [])
];

const lessons = LESSONS.filter((l) => `/content/lessons/${l}/quiz-text.ts` in texts);

describe('lessons 6–8: Indonesian quizzes show no English catalogue string', () => {
	it('lesson 6 has its catalogue (the check is not vacuous)', () => {
		expect(lessons).toContain('06-images-as-data');
		expect(english(texts['/content/lessons/06-images-as-data/quiz-text.ts'].text).length).toBeGreaterThan(20);
	});
	it('the fragment finder catches an English word left in (a check that can fail)', () => {
		const text = { en: { a: 'The kernel sum is {n}.' }, id: { a: 'Jumlah kernel adalah {n}.' } };
		expect(english(text)).toEqual(['The kernel sum is']);
		const forgotten = { en: { a: 'Which kernel sums to {n}?' }, id: { a: 'Which kernel sums to {n}?' } };
		expect(english(forgotten)).toEqual(['Which kernel sums to']);
		expect(english({ en: { a: 'Sobel x' }, id: { a: 'Sobel x' } })).toEqual([]);
		expect(english({ en: { a: 'global max pooling' }, id: { a: 'global max pooling' } })).toEqual([]);
		const kept = {
			en: { a: 'Stride {s}, zero padding {p}?' },
			id: { a: 'Dengan stride {s}, zero padding {p}?' }
		};
		expect(english(kept)).toEqual([]);
	});
	it.each(lessons)('%s: every Indonesian question is in Indonesian', (lesson) => {
		const bad = english(texts[`/content/lessons/${lesson}/quiz-text.ts`].text);
		const quiz = quizzes[`/content/lessons/${lesson}/quiz.ts`].quiz;
		expect(quiz.every((s) => s.locales?.includes('id'))).toBe(true);
		setLocale('id');
		try {
			for (const source of quiz)
				for (let seed = 0; seed < 60; seed++) {
					const text = words(source.make(seed * 1000 + 7)).join('\n');
					for (const e of bad) expect(text, `${source.id} seed ${seed}`).not.toContain(e);
					expect(text, `${source.id} seed ${seed}`).not.toMatch(/\{[\w\s,]+|undefined|NaN|\d\.\d/);
				}
		} finally {
			setLocale('en');
		}
	});
});
