// Helpers for writing questions. The quiz itself shuffles every choice question (variant.ts), so
// a source may list its choices in any order; shuffleChoices is for a source that wants a seeded
// order of something else (a list of statements to draw from, say).
import { rng, shuffle } from '$lib/math/rng';
import type { Choice } from './types';

/** A 32-bit hash of a text (FNV-1a). */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** The choices in a seeded order (seed 0 too), different for each `salt`. */
export function shuffleChoices(seed: number, choices: readonly Choice[], salt = ''): Choice[] {
	return shuffle(rng((Math.imul(seed | 0, 0x9e3779b1) ^ hash(salt)) >>> 0), choices);
}
