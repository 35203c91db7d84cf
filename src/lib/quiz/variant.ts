// One question of a quiz for a quiz seed: the source makes it, then its choices are put in a
// seeded order here, for every choice question of every lesson, so the right answer's place never
// gives it away (a review found 14 questions never shuffled, 10 with the answer always first).
import { rng, shuffle } from '$lib/math/rng';
import type { Question, QuestionSource } from './types';

/** The seed a source gets for question `index` of quiz variant `quizSeed`. */
export const questionSeed = (quizSeed: number, index: number) => quizSeed * 1000 + index;

/** A 32-bit hash of a question id (FNV-1a), so two questions of one seed shuffle differently. */
function hashId(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

/** The question, with its choices (if any) in an order fixed by the seed and the question's id. */
export function variant(source: QuestionSource, quizSeed: number, index: number): Question {
	const seed = questionSeed(quizSeed, index);
	const q = source.make(seed);
	if (q.kind !== 'single' && q.kind !== 'multiple') return q;
	return { ...q, choices: shuffle(rng((seed ^ hashId(q.id)) >>> 0), q.choices) };
}
