// The widget tasks of the convolution and metrics quizzes must not be solved before the learner
// touches the widget, and must be solvable: checked with src/lib/math for many seeds.
import { describe, expect, it } from 'vitest';
import { outputSize } from '$lib/math/conv';
import { confusionFromScores, metricsFrom } from '$lib/math/metrics';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { quiz as convQuiz } from '../../../content/lessons/07-convolution/quiz';
import { quiz as metricsQuiz } from '../../../content/lessons/05-classification-metrics/quiz';

const seeds = Array.from({ length: 30 }, (_, i) => i * 1000 + 5);

describe('widget tasks', () => {
	it('convolution: the target size differs from the start and some stride/padding reaches it', () => {
		const source = convQuiz.find((q) => q.id === 'set-output-size')!;
		for (const seed of seeds) {
			const q = source.make(seed);
			if (q.kind !== 'widget') throw new Error('not a widget task');
			const want = q.checks[0].equals as number;
			expect(want).not.toBe(outputSize(8, 3, 1, 0));
			const ways = [1, 2, 3, 4].flatMap((s) => [0, 1, 2, 3].filter((p) => outputSize(8, 3, s, p) === want));
			expect(ways.length).toBeGreaterThan(0);
		}
	});
	it('threshold: recall at the starting threshold is below the target, and a lower threshold reaches it', () => {
		const source = metricsQuiz.find((q) => q.id === 'reach-recall')!;
		const set = generateScores(SCORE_SETS.castings);
		const recall = (t: number) => {
			const m = metricsFrom(confusionFromScores(set.scores, set.labels, t)).recall;
			return m.ok ? m.value : NaN;
		};
		for (const seed of seeds) {
			const q = source.make(seed);
			if (q.kind !== 'widget') throw new Error('not a widget task');
			const min = q.checks[0].min!;
			expect(q.params).toContain('threshold=0.8');
			expect(recall(0.8)).toBeLessThan(min);
			expect(recall(0)).toBeGreaterThanOrEqual(min);
		}
	});
});
