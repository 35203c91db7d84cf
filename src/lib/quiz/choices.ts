// Helpers for writing questions.
import { rng, shuffle } from '$lib/math/rng';
import type { Choice } from './types';

/** The choices in a seeded order, so "Try another set" also moves the right answer around. */
export function shuffleChoices(seed: number, choices: Choice[]): Choice[] {
	return seed === 0 ? choices : shuffle(rng(seed), choices);
}
