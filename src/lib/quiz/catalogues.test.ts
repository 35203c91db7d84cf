// The quiz catalogues (content/lessons/*/quiz-text.ts): every key in both languages, no number
// dropped or invented by a translation, no entry copied over in English, and nothing English left
// in a quiz rendered in Indonesian: no catalogue sentence (a fragment the generator forgot to look
// up would show as English), no unfilled `{placeholder}`, no `undefined`/`NaN`, no decimal point
// (Indonesian writes 0,25). This is the one check of quiz words against their catalogue;
// languages.test.ts checks that both languages ask the same question with the same answer.
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
/** Seeds each Indonesian quiz is rendered with: the first 60 and 60 spread far apart. */
const SEEDS = Array.from({ length: 120 }, (_, i) => (i < 60 ? i : (i - 60) * 1000 + 7));

/**
 * Entries deliberately the same in both languages though they read as prose: a line built of
 * glossary terms the Indonesian text keeps in English. Any other entry that is the same in both
 * languages is English copied over.
 */
const SAME_IN_BOTH: Record<string, string[]> = {
	'02-age-of-ai': ['system.explain']
};

/** The variables a template fills in (`{name}` and the counts of `{n, plural, …}`). */
const variables = (t: string) => new Set([...t.matchAll(/\{\s*(\w+)\s*(?:\}|,\s*plural)/g)].map((m) => m[1]));

/**
 * The literal words of a template: what is left between its variables and plural forms, where it
 * reads as prose (two words or more; a formula such as `Recall = TP / (TP + FN) =` is the same in
 * every language).
 */
function fragments(t: string): string[] {
	return t
		.replace(/\{\s*\w+\s*,\s*plural\s*,/g, '\0')
		.replace(/(=\d+|zero|one|two|few|many|other)\s*\{/g, '\0')
		.replace(/\{\w+\}|[{}#]/g, '\0')
		.split('\0')
		.map((f) => f.trim())
		.filter((f) => f.length >= 12 && (f.match(/\b[a-z]{3,}\b/gi) ?? []).length >= 2);
}

/**
 * The English prose of a catalogue that must not show in Indonesian: every fragment of an English
 * entry, except words the Indonesian catalogue keeps itself (terms the glossary leaves in English,
 * such as "machine learning" or "zero padding", and formulas), unless the entry that keeps them is
 * merely the English copied over. A name or term of at most three words ("global max pooling")
 * may stand alike in both languages.
 */
function english(text: QuizText<string>, same: string[] = []): string[] {
	const kept = Object.entries(text.id)
		.filter(([k, v]) => v !== text.en[k] || v.split(' ').length <= 3 || same.includes(k))
		.map(([, v]) => v)
		.join('\n');
	return [...new Set(Object.values(text.en).flatMap(fragments))].filter((f) => !kept.includes(f));
}

/**
 * What reads as not Indonesian in a rendered text: an unfilled placeholder, `undefined`, `NaN`, or
 * a decimal point. Code (in backticks, or a `name=0.2` setting) and thousands groups (1.200) keep
 * their points.
 */
function unrendered(text: string): string[] {
	const prose = text
		.replace(/`[^`]*`/g, ' ')
		.replace(/\w=[\d.]+/g, ' ')
		.replace(/\b[1-9]\d{0,2}(?:\.\d{3})+\b/g, ' ');
	return prose.match(/\{[\w\s,]+\}?|\bundefined\b|\bNaN\b|\d\.\d/g) ?? [];
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
	it('are found, lessons 1–3 and 6–10 among them', () =>
		expect(entries.map(([slug]) => slug)).toEqual(
			expect.arrayContaining([
				'01-environments',
				'02-age-of-ai',
				'03-neural-networks',
				'06-images-as-data',
				'07-convolution',
				'08-pooling-and-flattening',
				'09-fitting-and-augmentation',
				'10-case-study'
			])
		));
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
	it('english() finds English left in, copied over or kept on purpose (a check that can fail)', () => {
		const t = (en: string, id: string) => ({ en: { a: en }, id: { a: id } });
		expect(english(t('The kernel sum is {n}.', 'Jumlah kernel adalah {n}.'))).toEqual(['The kernel sum is']);
		expect(english(t('Which kernel sums to {n}?', 'Which kernel sums to {n}?'))).toEqual([
			'Which kernel sums to'
		]);
		expect(english(t('Which kernel sums to {n}?', 'Which kernel sums to {n}?'), ['a'])).toEqual([]);
		expect(english(t('Stride {s}, zero padding {p}?', 'Dengan stride {s}, zero padding {p}?'))).toEqual([]);
		expect(english(t('Sobel x', 'Sobel x'))).toEqual([]);
		expect(english(t('global max pooling', 'global max pooling'))).toEqual([]);
	});
	it('unrendered() finds placeholders, undefined, NaN and decimal points, not code or 1.200', () => {
		expect(unrendered('Nilainya {answer} piksel')).toEqual(['{answer}']);
		expect(unrendered('{n, plural, other {# titik}}')).not.toEqual([]);
		expect(unrendered('Hasilnya undefined, lalu NaN')).toEqual(['undefined', 'NaN']);
		expect(unrendered('Peluangnya 0.25 dari 1.200 foto')).toEqual(['0.2']);
		expect(unrendered('Peluangnya 0,25 dari 1.200 foto; 0.200 bukan ribuan')).toEqual(['0.2']);
		expect(unrendered('`conda create python=3.12`, lalu height_shift_range=0.2')).toEqual([]);
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
	it.each(entries)('%s: no prose entry is the English copied over', (slug, text) => {
		const same = SAME_IN_BOTH[slug] ?? [];
		const copied = Object.keys(text.en).filter(
			(k) =>
				text.id[k] === text.en[k] &&
				text.en[k].split(' ').length > 3 &&
				fragments(text.en[k]).length > 0 &&
				!same.includes(k)
		);
		expect(copied).toEqual([]);
		for (const k of same) expect(text.id[k], `${slug} ${k} is listed as the same`).toBe(text.en[k]);
	});
	it.each(entries)('%s: nothing English or unrendered is left in the quiz rendered in id', (slug, text) => {
		const folder = Object.keys(quizzes).find((p) => lesson(p) === slug)!;
		const sources = quizzes[folder].quiz;
		expect(sources.every((s) => s.locales?.includes('id'))).toBe(true);
		const left = english(text, SAME_IN_BOTH[slug]);
		expect(left.length).toBeGreaterThan(0);
		const found: string[] = [];
		setLocale('id');
		try {
			for (const source of sources)
				for (const seed of SEEDS)
					for (const w of words(source.make(seed))) {
						for (const e of left)
							if (w.includes(e)) found.push(`${source.id} seed ${seed}: “${e}” in “${w}”`);
						for (const u of unrendered(w)) found.push(`${source.id} seed ${seed}: “${u}” in “${w}”`);
					}
		} finally {
			setLocale('en');
		}
		expect(found).toEqual([]);
	});
});
