// Quiz generators in every language their words exist in: the same question, the same answer and
// the same right choices, only the words differ; and no English left in the other language.
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

// A lesson with a catalogue (content/lessons/*/quiz-text.ts) has every question in Indonesian,
// and no English catalogue string (static, or the fixed words around a placeholder) shows up in
// what the Indonesian quiz renders.
const catalogues = import.meta.glob<{ text: Record<'en' | 'id', Record<string, string>> }>(
	'/content/lessons/*/quiz-text.ts',
	{ eager: true }
);
const withCatalogue = Object.keys(catalogues).map((p) => p.split('/')[3]);

describe('lessons whose quiz words live in a catalogue', () => {
	it('include lessons 1 to 3', () =>
		expect(withCatalogue).toEqual(
			expect.arrayContaining(['01-environments', '02-age-of-ai', '03-neural-networks'])
		));
	it.each(withCatalogue)(
		'%s: every question renders in id with no English catalogue string left',
		(lesson) => {
			const { text } = catalogues[`/content/lessons/${lesson}/quiz-text.ts`];
			expect(Object.keys(text.id).sort()).toEqual(Object.keys(text.en).sort());
			// The English words of each entry, split at placeholders: pieces long enough to be words.
			const pieces = Object.values(text.en)
				.flatMap((s) => s.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
				.map((s) => s.trim())
				.filter((s) => s.length >= 12 && /[a-z]{3}/.test(s) && !s.startsWith('conda '))
				// Words both languages use alike ("Deep learning ⊂ machine learning ⊂ AI.") are no leftover.
				.filter((s) => !Object.values(text.id).some((v) => v.includes(s)));
			expect(pieces.length).toBeGreaterThan(0);
			const sources = quizzes[`/content/lessons/${lesson}/quiz.ts`].quiz;
			for (const source of sources) {
				expect(source.locales, source.id).toContain('id');
				for (let seed = 0; seed < 60; seed++) {
					const shown = words(makeIn(source, seed, 'id')).join('\n');
					for (const p of pieces) expect(shown, `${source.id} seed ${seed}`).not.toContain(p);
				}
			}
		}
	);
});
