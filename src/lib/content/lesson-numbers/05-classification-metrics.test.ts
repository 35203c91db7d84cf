// Lesson 5's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { averagePrecision, cheapestThreshold, confusionFromScores, flipConfusion, metricsFrom, rocAuc, type Confusion } from '$lib/math/metrics';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { flat, v, lesson } from './read';

describe('lesson 5: the worked metrics, curves and costs', () => {
	const text = flat(lesson('05-classification-metrics'));
	const c: Confusion = { tp: 93, fp: 75, fn: 58, tn: 86 };
	it('accuracy, recall, precision, specificity and F1 of the worked example', () => {
		const m = metricsFrom(c);
		for (const [name, frac] of [
			['accuracy', '\\frac{179}{312}'],
			['recall', '\\frac{93}{151}'],
			['precision', '\\frac{93}{168}'],
			['specificity', '\\frac{86}{161}']
		] as const)
			expect(text).toContain(`${frac} \\approx ${v(m[name]).toFixed(3)}`);
		expect(text).toContain(`\\approx ${v(m.f1).toFixed(3)}`);
	});
	it('the covid example and its flip', () => {
		const covid = { tp: 1, fp: 2, fn: 1, tn: 96 };
		expect(v(metricsFrom(covid).accuracy)).toBe(0.97);
		const flipped = metricsFrom(flipConfusion(covid));
		expect(v(flipped.recall)).toBe(96 / 98);
		expect(v(flipped.precision)).toBe(96 / 97);
		expect(text).toContain('recall becomes 96/98 and precision 96/97');
	});
	it('the four-part AUC and AP', () => {
		const s = [0.9, 0.8, 0.8, 0.3],
			y = [1, 0, 1, 0];
		expect(v(rocAuc(s, y))).toBe(0.875);
		expect(text).toContain('AUC $= 3.5/4 = 0.875$');
		expect(text).toContain(`\\approx ${v(averagePrecision(s, y)).toFixed(3)}$`);
	});
	it('“Try this”: at 0.2 recall reaches 1 and FP fills up; at 0.8 precision rises and FN fills up (the widget’s default set, from 0.5)', () => {
		const set = generateScores(SCORE_SETS.castings);
		const at = (t: number) => confusionFromScores(set.scores, set.labels, t);
		const [low, mid, high] = [at(0.2), at(0.5), at(0.8)];
		expect(v(metricsFrom(low).recall)).toBe(1);
		expect(low.fp).toBeGreaterThan(mid.fp);
		expect(v(metricsFrom(high).precision)).toBeGreaterThan(v(metricsFrom(mid).precision));
		expect(high.fn).toBeGreaterThan(mid.fn);
		expect(text).toContain('move the threshold down to 0.2. Recall reaches 1, and the FP cell fills up.');
		expect(text).toContain('Move it up to 0.8: precision rises and FN fills up.');
	});
	it('the rare-defects set has the stated counts; the cheapest threshold falls as misses cost more', () => {
		const rare = generateScores(SCORE_SETS['rare-defects']);
		expect(rare.labels.filter((l) => l === 0)).toHaveLength(114);
		expect(rare.labels.filter((l) => l === 1)).toHaveLength(6);
		expect(text).toContain('the 114 OK parts supply plenty of false alarms for only 6 defects');
		const set = generateScores(SCORE_SETS.castings);
		const at = (n: number) => {
			const b = cheapestThreshold(set.scores, set.labels, n, 1);
			if (!b.ok) throw new Error('expected a cheapest threshold');
			return b.value.threshold;
		};
		expect(at(10)).toBeLessThanOrEqual(at(1));
		expect(at(50)).toBeLessThanOrEqual(at(10));
		expect(at(50)).toBeLessThan(at(1));
		// "with a cost of 0 … the cheapest choice is to flag nothing at all"
		expect(at(0)).toBe(Infinity);
	});
});
