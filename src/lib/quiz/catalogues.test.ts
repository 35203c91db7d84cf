// The quiz catalogues (content/lessons/*/quiz-text.ts): every key in both languages, no number
// dropped or invented by a translation, and no English sentence of a catalogue left in a quiz
// rendered in Indonesian (a fragment the generator forgot to look up would show as English).
import { describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n';
import type { Question, QuestionSource } from './types';
import type { QuizText } from './text';

const catalogues = import.meta.glob<{ text: QuizText<string> }>('/content/lessons/*/quiz-text.ts', {
	eager: true
});
const quizzes = import.meta.glob<{ quiz: QuestionSource[] }>('/content/lessons/*/quiz.ts', { eager: true });
const lesson = (path: string) => path.split('/')[3];
const entries = Object.entries(catalogues).map(([path, m]) => [lesson(path), m.text] as const);

/** The variables a template fills in (`{name}` and the counts of `{n, plural, …}`). */
const variables = (t: string) => new Set([...t.matchAll(/\{\s*(\w+)\s*(?:\}|,\s*plural)/g)].map((m) => m[1]));

/**
 * The literal words of a template: what is left between its variables and plural forms, where it
 * reads as prose (two words or more; a formula such as `Recall = TP / (TP + FN) =` is the same in
 * every language).
 */
export function fragments(t: string): string[] {
	return t
		.replace(/\{\s*\w+\s*,\s*plural\s*,/g, '\0')
		.replace(/(=\d+|zero|one|two|few|many|other)\s*\{/g, '\0')
		.replace(/\{\w+\}|[{}#]/g, '\0')
		.split('\0')
		.map((f) => f.trim())
		.filter((f) => f.length >= 12 && (f.match(/\b[a-z]{3,}\b/gi) ?? []).length >= 2);
}

function words(q: Question): string[] {
	return [
		q.prompt,
		q.explanation,
		q.kind === 'numeric' ? (q.unit ?? '') : '',
		...('choices' in q ? q.choices.flatMap((c) => [c.text, c.why ?? '']) : [])
	];
}

describe('quiz catalogues', () => {
	it('are found', () => expect(entries.length).toBeGreaterThan(0));
	it('fragments() reads the words between variables and plural forms', () => {
		expect(
			fragments('Training lags {gap, plural, one {# point} other {# points}} behind the validation curve')
		).toEqual(['Training lags', 'behind the validation curve']);
		expect(fragments('{a} is the first long fragment. {b} and a second long one')).toEqual([
			'is the first long fragment.',
			'and a second long one'
		]);
		expect(fragments('Recall = TP / (TP + FN) = {tp} / ({tp} + {fn})')).toEqual([]);
		expect(fragments('{a}, rotation_range=20 {b}')).toEqual([]);
	});
	it.each(entries)(
		'%s: the same keys in en and id, and id uses only the variables en fills in',
		(_, text) => {
			expect(Object.keys(text.id).sort()).toEqual(Object.keys(text.en).sort());
			for (const [key, en] of Object.entries(text.en)) {
				const allowed = variables(en);
				for (const v of variables(text.id[key])) expect(allowed, `${key}: {${v}}`).toContain(v);
			}
		}
	);
	it.each(entries)('%s: no English catalogue sentence is left in the quiz rendered in id', (slug, text) => {
		const folder = Object.keys(quizzes).find((p) => lesson(p) === slug)!;
		const sources = quizzes[folder].quiz;
		expect(sources.every((s) => s.locales?.includes('id'))).toBe(true);
		// Words the Indonesian catalogue itself keeps (terms the glossary leaves in English, such as
		// "machine learning" or "zero padding", and formulas) are not leftovers.
		const kept = Object.values(text.id).join('\n');
		const english = [...new Set(Object.values(text.en).flatMap(fragments))].filter((f) => !kept.includes(f));
		expect(english.length).toBeGreaterThan(0);
		const left: string[] = [];
		setLocale('id');
		try {
			for (const source of sources)
				for (let seed = 0; seed < 60; seed++)
					for (const w of words(source.make(seed)))
						for (const e of english)
							if (w.includes(e)) left.push(`${source.id} seed ${seed}: “${e}” in “${w}”`);
		} finally {
			setLocale('en');
		}
		expect(left).toEqual([]);
	});
});
