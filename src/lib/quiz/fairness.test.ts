// Every lesson's quiz, as learners get it (variant: the seeds "Try another set" hands out, with
// the choices shuffled), over many sets: each question is fair, varied and says where to read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugify } from '$lib/content/rehype-lesson.js';
import { equations, holds } from './arithmetic';
import { variant } from './variant';
import type { Choice, Question, QuestionSource } from './types';

const quizzes = import.meta.glob<{ quiz: QuestionSource[] }>('/content/lessons/*/quiz.ts', { eager: true });
const SETS = 120;

function headingIds(folder: string): Set<string> {
	const md = readFileSync(`content/lessons/${folder}/index.md`, 'utf8').replace(/```[\s\S]*?```/g, '');
	const seen = new Map<string, number>();
	const ids = new Set<string>();
	for (const m of md.matchAll(/^#{2,3}\s+(.+)$/gm)) {
		const text = m[1].replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
		ids.add(slugify(text, seen));
	}
	return ids;
}

/** Every number written in a text (a true minus sign counts; thousands separators do not occur). */
function numbersIn(text: string): number[] {
	return [...text.replace(/−/g, '-').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** Decimals a written number shows, to know how far rounding may have moved it. */
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

const isChoice = (q: Question): q is Extract<Question, { choices: Choice[] }> =>
	q.kind === 'single' || q.kind === 'multiple';

for (const [path, mod] of Object.entries(quizzes)) {
	const folder = path.split('/').at(-2)!;
	const sections = headingIds(folder);
	describe(`${folder} quiz, over ${SETS} sets`, () => {
		const sets = Array.from({ length: SETS }, (_, s) => mod.quiz.map((source, i) => variant(source, s, i)));
		mod.quiz.forEach((source, i) => {
			const variants = sets.map((set) => set[i]);
			describe(source.id, () => {
				it('links to the lesson section that teaches it', () => {
					for (const q of variants) {
						expect(q.section, 'section').toBeTruthy();
						expect(sections, `#${q.section}`).toContain(q.section);
					}
				});

				const first = variants[0];
				if (isChoice(first)) {
					const choiceVariants = variants.filter(isChoice);
					it('has exactly one right answer (single) or a right and a wrong one (multiple), no repeated option', () => {
						for (const q of choiceVariants) {
							const right = q.choices.filter((c) => c.correct).length;
							if (q.kind === 'single') expect(right, q.prompt).toBe(1);
							else {
								expect(right, q.prompt).toBeGreaterThan(0);
								expect(right, q.prompt).toBeLessThan(q.choices.length);
							}
							expect(new Set(q.choices.map((c) => c.text)).size, q.prompt).toBe(q.choices.length);
						}
					});
					it('has no option that gives the answer away', () => {
						for (const q of choiceVariants)
							for (const c of q.choices)
								expect(c.text).not.toMatch(/does not matter|none of the above|all of the above|it depends/i);
					});
					it('moves the right answer around: every position is used, none in most sets', () => {
						const counts = new Map<number, number>();
						let n = 0;
						for (const q of choiceVariants)
							q.choices.forEach((c, pos) => {
								if (c.correct) {
									counts.set(pos, (counts.get(pos) ?? 0) + 1);
									n++;
								}
							});
						const positions = Math.min(...choiceVariants.map((q) => q.choices.length));
						for (let pos = 0; pos < positions; pos++)
							expect(counts.get(pos) ?? 0, `position ${pos}`).toBeGreaterThan(0);
						for (const c of counts.values()) expect(c / n).toBeLessThan(0.6);
					});
					it('does not give the right answer away by its length (neither usually the longest nor the shortest)', () => {
						// Options that are bare numbers ("0", "1760") are exempt: their length is the number's,
						// not a sign of care. For text, the right answer may be the longest (or the shortest)
						// option now and then, not as a rule: at most half the sets with three or more options,
						// three quarters with two (where one of them is always the longer).
						const texts = choiceVariants.filter(
							(q) => !q.choices.every((c) => /^[−-]?[\d.,]+$/.test(c.text))
						);
						if (texts.length === 0) return;
						let longest = 0;
						let shortest = 0;
						for (const q of texts) {
							const right = q.choices.filter((c) => c.correct).map((c) => c.text.length);
							const wrong = q.choices.filter((c) => !c.correct).map((c) => c.text.length);
							if (Math.min(...right) > Math.max(...wrong)) longest++;
							if (Math.max(...right) < Math.min(...wrong)) shortest++;
						}
						const limit = Math.min(...texts.map((q) => q.choices.length)) >= 3 ? 0.5 : 0.75;
						expect(longest / texts.length, 'right answer the longest').toBeLessThanOrEqual(limit);
						expect(shortest / texts.length, 'right answer the shortest').toBeLessThanOrEqual(limit);
					});
				}

				it('comes in several variants (different numbers, cases or scenarios)', () => {
					const kinds = new Set(
						variants.map(
							(q) => q.prompt + (isChoice(q) ? q.choices.map((c) => c.text + c.correct).sort() : '')
						)
					);
					expect(kinds.size).toBeGreaterThanOrEqual(4);
				});

				it('reads as English: "an" before a vowel, no "all 1 …", no blank or undefined values', () => {
					for (const q of variants) {
						const texts = [
							q.prompt,
							q.explanation,
							...(isChoice(q) ? q.choices.flatMap((c) => [c.text, c.why ?? '']) : [])
						];
						for (const t of texts) {
							expect(t, 'a before a vowel').not.toMatch(/\ba [aeio]/i);
							expect(t, 'a number 1 with “all”').not.toMatch(/\ball 1\b/);
							expect(t).not.toMatch(/\bNaN\b|\[object |\$\{|\bnull\b/);
						}
					}
				});
				it('writes out only true arithmetic in its explanation', () => {
					for (const q of variants)
						for (const e of equations(q.explanation))
							expect(holds(e), `${e.lhs} ${e.sign} ${e.stated} (it is ${e.value}) in: ${q.explanation}`).toBe(
								true
							);
				});
				if (first.kind === 'numeric')
					it('shows the arithmetic that gives the answer (in most variants)', () => {
						// max pooling's "the largest value: 9" has nothing to write out; every sum, product or
						// ratio does, so most variants of a numeric question show at least one checked equation
						const shown = variants.filter((q) =>
							equations(q.explanation).some(
								(e) => q.kind === 'numeric' && Math.abs(e.stated - q.answer) <= q.tolerance + 1e-9
							)
						);
						expect(shown.length / variants.length).toBeGreaterThanOrEqual(0.5);
					});

				if (first.kind === 'numeric')
					it('states its answer in the explanation (the same number, as rounded)', () => {
						for (const q of variants) {
							if (q.kind !== 'numeric') continue;
							const near = numbersIn(q.explanation).some(
								(n) => Math.abs(n - q.answer) <= Math.max(q.tolerance, 0.5 * 10 ** -decimals(n)) + 1e-9
							);
							expect(near, `${q.explanation} (answer ${q.answer})`).toBe(true);
						}
					});
			});
		});
	});
}

describe('shuffling', () => {
	it('shuffles seed 0 too, and the same seed always gives the same order', () => {
		const source: QuestionSource = {
			id: 'x',
			make: () => ({
				kind: 'single',
				id: 'x',
				prompt: 'p',
				explanation: 'e',
				choices: ['a', 'b', 'c', 'd'].map((text, i) => ({ text, correct: i === 0 }))
			})
		};
		const orders = Array.from({ length: 40 }, (_, s) => {
			const q = variant(source, s, 0);
			return isChoice(q) ? q.choices.map((c) => c.text).join('') : '';
		});
		expect(orders[0]).not.toBe('abcd');
		expect(new Set(orders).size).toBeGreaterThan(10);
		expect(variant(source, 0, 0)).toEqual(variant(source, 0, 0));
	});
});
