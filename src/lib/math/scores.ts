// Seeded scores of a pretend defect classifier, for the threshold widget and the lesson:
// each part gets a score in 0…1 (the model's "probability of defective") and a true label
// (1 defective, 0 OK). Scores are the logistic of a normal draw centred on ±separation/2, so
// the two classes overlap more or less, and are rounded to 2 decimals so ties occur, as they do
// with real models.
import { normal, rng, shuffle } from './rng';
import type { Label } from './metrics';

export interface ScoredSet {
	scores: number[];
	labels: Label[];
}

export interface ScoreSpec {
	seed: number;
	defective: number;
	ok: number;
	/** Distance between the class centres on the logit scale (0 = no skill). */
	separation: number;
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

export function generateScores(spec: ScoreSpec): ScoredSet {
	const r = rng(spec.seed);
	const draw = (centre: number) => Math.round(logistic(normal(r, centre, 1)) * 100) / 100;
	const parts: [number, Label][] = [
		...Array.from({ length: spec.defective }, (): [number, Label] => [draw(spec.separation / 2), 1]),
		...Array.from({ length: spec.ok }, (): [number, Label] => [draw(-spec.separation / 2), 0])
	];
	const mixed = shuffle(r, parts);
	return { scores: mixed.map(([s]) => s), labels: mixed.map(([, y]) => y) };
}

/** The built-in sets the threshold widget offers. */
export const SCORE_SETS = {
	castings: { seed: 7, defective: 40, ok: 60, separation: 2 },
	'rare-defects': { seed: 11, defective: 6, ok: 114, separation: 2.5 },
	easy: { seed: 3, defective: 30, ok: 30, separation: 5 },
	hard: { seed: 5, defective: 40, ok: 40, separation: 0.8 }
} as const satisfies Record<string, ScoreSpec>;

export type ScoreSetName = keyof typeof SCORE_SETS;
export const SCORE_SET_NAMES = Object.keys(SCORE_SETS) as ScoreSetName[];
