import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from '$lib/embed/params';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { params } from './params';
import { resolveData, ThresholdState } from './threshold.svelte';

describe('threshold: data from the link', () => {
	const castings = generateScores(SCORE_SETS.castings);
	it('uses the link’s scores and labels when both are usable', () => {
		const r = resolveData('castings', [0.2, 0.9], [0, 1]);
		expect(r).toEqual({ data: { scores: [0.2, 0.9], labels: [0, 1] }, fromLink: true, problem: null });
	});
	it.each([
		[[0.1, 0.2, 0.3], [0, 1], 'gives 3 scores but 2 labels'],
		[[0.1], [], '“scores” but not “labels”'],
		[[], [1], '“labels” but not “scores”'],
		[[0.1, 0.2], [0, 0.5], 'value 2 is 0.5']
	])('falls back to the built-in set, saying why: %j / %j', (scores, labels, says) => {
		const r = resolveData('castings', scores, labels);
		expect(r.fromLink).toBe(false);
		expect(r.data).toEqual(castings);
		expect(r.problem).toContain(says);
	});
	it('labels are read as numbers and written back unchanged; scores are clamped to 0…1 with a note', () => {
		const r = readParams(params, 'scores=-1,0.5,2&labels=0,1,1&threshold=0.4');
		expect(r.values.scores).toEqual([0, 0.5, 1]);
		expect(r.values.labels).toEqual([0, 1, 1]);
		expect(r.messages).toHaveLength(1);
		expect(r.messages[0]).toContain('“scores”');
		expect(writeParams(params, r.values)).toBe('scores=0,0.5,1&labels=0,1,1&threshold=0.4');
	});
});

describe('ThresholdState', () => {
	it('follows the threshold, and the cheapest threshold follows the cost', () => {
		const s = new ThresholdState({ scores: [0.9, 0.7, 0.6, 0.4, 0.3, 0.2], labels: [1, 0, 1, 0, 1, 0] });
		expect(s.confusion).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
		s.setThreshold(0.3);
		expect(s.confusion).toEqual({ tp: 3, fp: 2, fn: 0, tn: 1 });
		s.cost = 10;
		expect(s.cheapest.ok && s.cheapest.value.threshold).toBe(0.3);
		s.setThreshold(Infinity);
		expect(s.threshold).toBe(1);
		s.select('tn');
		expect(s.inSelected.map((e) => e.id)).toEqual([2, 4, 6]);
		expect(s.query).toBe('scores=0.9,0.7,0.6,0.4,0.3,0.2&labels=1,0,1,0,1,0&threshold=1&cost=10');
	});
	it('refuses a bad typed cost and keeps the last good one', () => {
		const s = new ThresholdState();
		s.typeCost('-2');
		expect(s.cost).toBe(1);
		expect(s.costProblem).toContain('Keeping 1');
		s.typeCost('12.5');
		expect(s.cost).toBe(12.5);
		expect(s.costProblem).toBeNull();
	});
});
