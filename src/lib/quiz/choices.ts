// How a quiz turns its sources into the questions a learner sees: each source makes its variant
// from a seed, and every choice question is then shuffled with a generator of its own, so the
// right answer's position carries no information (not even on the first set, seed 0).
import { rng, shuffle } from '$lib/math/rng';
import type { Choice, Question, QuestionSource } from './types';

/** A 32-bit hash of a text (FNV-1a), to give each question its own shuffle. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** The choices in a seeded order (seed 0 too), different for each `salt` (the question's id). */
export function shuffleChoices(seed: number, choices: readonly Choice[], salt = ''): Choice[] {
	return shuffle(rng((Math.imul(seed | 0, 0x9e3779b1) ^ hash(salt)) >>> 0), choices);
}

/** The seed question `index` of a quiz gets in set `set` ("Try another set" adds 1 to `set`). */
export function questionSeed(set: number, index: number): number {
	return set * 1000 + index;
}

/** The question a learner sees: the source's variant, with its choices shuffled. */
export function makeQuestion(source: QuestionSource, seed: number): Question {
	const q = source.make(seed);
	if (q.kind === 'single' || q.kind === 'multiple')
		return { ...q, choices: shuffleChoices(seed, q.choices, q.id) };
	return q;
}

/** Every question of set `set` of a quiz. */
export function makeSet(sources: readonly QuestionSource[], set: number): Question[] {
	return sources.map((s, i) => makeQuestion(s, questionSeed(set, i)));
}
