import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	averagePrecision,
	cellOf,
	cheapestThreshold,
	confusionFromScores,
	countProblem,
	flipConfusion,
	metricsFrom,
	prCurve,
	rocAuc,
	rocPoints,
	scoredProblem,
	sweep,
	type Maybe
} from './metrics';

const val = (m: Maybe<number>) => (m.ok ? m.value : undefined);

// ---- independent brute-force references ----------------------------------------------------

/** Mann–Whitney: the share of (positive, negative) pairs ranked right, ties half. */
function bruteAuc(scores: number[], labels: number[]): number {
	let wins = 0,
		pairs = 0;
	for (let i = 0; i < scores.length; i++)
		for (let j = 0; j < scores.length; j++)
			if (labels[i] === 1 && labels[j] === 0) {
				pairs++;
				wins += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
			}
	return wins / pairs;
}

/** AP by recounting the matrix from scratch at each distinct score, high to low. */
function bruteAp(scores: number[], labels: number[]): number {
	const ts = [...new Set(scores)].sort((a, b) => b - a);
	const P = labels.filter((y) => y === 1).length;
	let ap = 0,
		prevR = 0;
	for (const t of ts) {
		let tp = 0,
			fp = 0;
		scores.forEach((s, i) => {
			if (s >= t) {
				if (labels[i] === 1) tp++;
				else fp++;
			}
		});
		const r = tp / P;
		ap += (r - prevR) * (tp / (tp + fp));
		prevR = r;
	}
	return ap;
}

/** Scores from a small set of values, so ties are common; labels 0/1. */
const scoredData = (minLength = 1) =>
	fc
		.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 1 })), {
			minLength,
			maxLength: 40
		})
		.map((pairs) => ({ scores: pairs.map(([s]) => s / 10), labels: pairs.map(([, y]) => y) }));
const bothClasses = scoredData(2).filter(({ labels }) => labels.includes(0) && labels.includes(1));

const counts = fc.record({
	tp: fc.nat(1000),
	fp: fc.nat(1000),
	fn: fc.nat(1000),
	tn: fc.nat(1000)
});

describe('metricsFrom: worked examples', () => {
	it('TN 86, FN 58, FP 75, TP 93', () => {
		const m = metricsFrom({ tp: 93, fp: 75, fn: 58, tn: 86 });
		expect(val(m.accuracy)).toBeCloseTo(179 / 312, 12);
		expect(val(m.precision)).toBeCloseTo(93 / 168, 12);
		expect(val(m.recall)).toBeCloseTo(93 / 151, 12);
		expect(val(m.specificity)).toBeCloseTo(86 / 161, 12);
		expect(val(m.f1)).toBeCloseTo(186 / 319, 12);
	});
	it('covid: 97% accuracy, recall 1/2, precision 1/3', () => {
		const m = metricsFrom({ tp: 1, fp: 2, fn: 1, tn: 96 });
		expect(val(m.accuracy)).toBeCloseTo(0.97, 12);
		expect(val(m.recall)).toBe(0.5);
		expect(val(m.precision)).toBeCloseTo(1 / 3, 12);
		expect(val(m.specificity)).toBeCloseTo(96 / 98, 12);
		expect(val(m.f1)).toBeCloseTo(0.4, 12);
	});
	it.each([
		[
			{ tp: 0, fp: 0, fn: 0, tn: 0 },
			{ accuracy: 'empty', precision: 'no-predicted-positive' }
		],
		[{ tp: 0, fp: 0, fn: 3, tn: 5 }, { precision: 'no-predicted-positive' }],
		[{ tp: 0, fp: 2, fn: 0, tn: 5 }, { recall: 'no-actual-positive' }],
		[{ tp: 4, fp: 0, fn: 1, tn: 0 }, { specificity: 'no-actual-negative' }],
		[
			{ tp: 0, fp: 0, fn: 0, tn: 7 },
			{ f1: 'no-positive-at-all', recall: 'no-actual-positive' }
		]
	])('undefined with a reason for %o', (c, reasons) => {
		const m = metricsFrom(c);
		for (const [name, reason] of Object.entries(reasons))
			expect(m[name as keyof typeof m]).toEqual({ ok: false, reason });
	});
	it('F1 follows scikit-learn: 0, not undefined, when precision is undefined but positives were missed', () => {
		expect(metricsFrom({ tp: 0, fp: 0, fn: 3, tn: 5 }).f1).toEqual({ ok: true, value: 0 });
		expect(metricsFrom({ tp: 0, fp: 2, fn: 3, tn: 5 }).f1).toEqual({ ok: true, value: 0 });
	});
});

describe('metricsFrom: properties', () => {
	it('every defined value is a finite fraction in [0, 1]; F1 is the harmonic mean', () => {
		fc.assert(
			fc.property(counts, (c) => {
				const m = metricsFrom(c);
				for (const v of Object.values(m))
					if (v.ok) expect(Number.isFinite(v.value) && v.value >= 0 && v.value <= 1).toBe(true);
				if (m.precision.ok && m.recall.ok && m.precision.value + m.recall.value > 0 && m.f1.ok)
					expect(m.f1.value).toBeCloseTo(
						(2 * m.precision.value * m.recall.value) / (m.precision.value + m.recall.value),
						10
					);
			})
		);
	});
	it('flipping the positive class swaps recall with specificity, and flipping twice is identity', () => {
		fc.assert(
			fc.property(counts, (c) => {
				const m = metricsFrom(c),
					f = metricsFrom(flipConfusion(c));
				// an undefined metric's reason is said in its own frame: the flipped set's missing
				// positives are the original's missing negatives
				const other = {
					'no-actual-positive': 'no-actual-negative',
					'no-actual-negative': 'no-actual-positive'
				};
				const inOriginalFrame = (x: typeof f.recall) =>
					x.ok ? x : { ok: false, reason: other[x.reason as keyof typeof other] ?? x.reason };
				expect(inOriginalFrame(f.recall)).toEqual(m.specificity);
				expect(inOriginalFrame(f.specificity)).toEqual(m.recall);
				expect(f.accuracy).toEqual(m.accuracy);
				expect(flipConfusion(flipConfusion(c))).toEqual(c);
			}),
			// an empty matrix and one-class matrices always run: a random run once found the first
			{
				examples: [
					[{ tp: 0, fp: 0, fn: 0, tn: 0 }],
					[{ tp: 3, fp: 0, fn: 2, tn: 0 }],
					[{ tp: 0, fp: 4, fn: 0, tn: 1 }]
				]
			}
		);
	});
});

describe('countProblem', () => {
	it.each([
		[5, null],
		[0, null],
		[-1, 'negative'],
		[2.5, 'fractional'],
		[NaN, 'not-finite'],
		[Infinity, 'not-finite'],
		[1e7, 'huge']
	])('%s → %s', (x, want) => expect(countProblem(x)).toBe(want));
});

describe('scores and labels', () => {
	const scores = [0.1, 0.4, 0.35, 0.8],
		labels = [0, 0, 1, 1];
	it('scikit-learn documentation example: AUC 0.75, AP 0.8333…', () => {
		expect(val(rocAuc(scores, labels))).toBeCloseTo(0.75, 12);
		expect(val(averagePrecision(scores, labels))).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 12);
	});
	it('a hand-computed table with a tie', () => {
		const s = [0.9, 0.8, 0.8, 0.3],
			y = [1, 0, 1, 0];
		expect(val(rocAuc(s, y))).toBeCloseTo(3.5 / 4, 12);
		expect(val(averagePrecision(s, y))).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
		expect(confusionFromScores(s, y, 0.8)).toEqual({ tp: 2, fp: 1, fn: 0, tn: 1 });
		expect(confusionFromScores(s, y, 0.81)).toEqual({ tp: 1, fp: 0, fn: 1, tn: 2 });
		expect(sweep(s, y).map((p) => p.threshold)).toEqual([Infinity, 0.9, 0.8, 0.3]);
		expect(rocPoints(s, y)).toEqual({
			ok: true,
			value: [
				{ threshold: Infinity, fpr: 0, tpr: 0 },
				{ threshold: 0.9, fpr: 0, tpr: 0.5 },
				{ threshold: 0.8, fpr: 0.5, tpr: 1 },
				{ threshold: 0.3, fpr: 1, tpr: 1 }
			]
		});
		expect(prCurve(s, y)).toEqual({
			ok: true,
			value: [
				{ threshold: 0.9, recall: 0.5, precision: 1 },
				{ threshold: 0.8, recall: 1, precision: 2 / 3 },
				{ threshold: 0.3, recall: 1, precision: 0.5 }
			]
		});
	});
	it('all scores tied: AUC 1/2, AP = share of positives', () => {
		expect(val(rocAuc([0.5, 0.5, 0.5], [0, 1, 1]))).toBe(0.5);
		expect(val(averagePrecision([0.5, 0.5, 0.5], [0, 1, 1]))).toBeCloseTo(2 / 3, 12);
	});
	it('positive exactly at the threshold counts as predicted positive', () => {
		expect(cellOf(0.5, 1, 0.5)).toBe('tp');
		expect(cellOf(0.5, 0, 0.5)).toBe('fp');
		expect(cellOf(0.49, 1, 0.5)).toBe('fn');
		expect(cellOf(0.49, 0, 0.5)).toBe('tn');
	});
	it('a single class or no data: undefined with a reason, never NaN', () => {
		expect(rocAuc([0.2, 0.7], [1, 1])).toEqual({ ok: false, reason: 'no-actual-negative' });
		expect(rocAuc([0.2, 0.7], [0, 0])).toEqual({ ok: false, reason: 'no-actual-positive' });
		expect(averagePrecision([0.2, 0.7], [0, 0])).toEqual({ ok: false, reason: 'no-actual-positive' });
		expect(val(averagePrecision([0.2, 0.7], [1, 1]))).toBe(1);
		expect(rocAuc([], [])).toEqual({ ok: false, reason: 'empty' });
		expect(averagePrecision([], [])).toEqual({ ok: false, reason: 'empty' });
		expect(cheapestThreshold([], [], 1, 1)).toEqual({ ok: false, reason: 'empty' });
	});
	it('refuses unequal lengths, non-finite scores and labels other than 0/1', () => {
		expect(scoredProblem([0.1], [1, 0])).toEqual({ kind: 'length-mismatch', scores: 1, labels: 2 });
		expect(scoredProblem([0.1, NaN], [1, 0])).toEqual({ kind: 'score-not-finite', index: 1 });
		expect(scoredProblem([0.1, 0.2], [1, 2])).toEqual({ kind: 'label-not-binary', index: 1, value: 2 });
		expect(scoredProblem([], [])).toEqual({ kind: 'empty' });
		expect(() => rocAuc([0.1], [1, 0])).toThrow(RangeError);
	});
});

describe('curves: properties against brute force', () => {
	it('AUC equals the Mann–Whitney pair count (ties half)', () => {
		fc.assert(
			fc.property(bothClasses, ({ scores, labels }) => {
				expect(val(rocAuc(scores, labels))).toBeCloseTo(bruteAuc(scores, labels), 10);
			}),
			{ numRuns: 300 }
		);
	});
	it('AP equals the recount at every distinct score, and lies in [0, 1]', () => {
		fc.assert(
			fc.property(bothClasses, ({ scores, labels }) => {
				const ap = val(averagePrecision(scores, labels))!;
				expect(ap).toBeCloseTo(bruteAp(scores, labels), 10);
				expect(ap >= 0 && ap <= 1).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
	it('perfect ranking: AUC 1, AP 1; reversed ranking: AUC 0', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (p, n) => {
				const labels = [...Array(p).fill(1), ...Array(n).fill(0)];
				const scores = labels.map((_, i) => 1 - i / (p + n));
				expect(val(rocAuc(scores, labels))).toBe(1);
				expect(val(averagePrecision(scores, labels))).toBeCloseTo(1, 12);
				expect(
					val(
						rocAuc(
							scores.map((s) => 1 - s),
							labels
						)
					)
				).toBe(0);
			})
		);
	});
	it('as the threshold falls, recall and FP never fall; the sweep matches a recount', () => {
		fc.assert(
			fc.property(scoredData(), ({ scores, labels }) => {
				const pts = sweep(scores, labels);
				for (let i = 1; i < pts.length; i++) {
					expect(pts[i].tp).toBeGreaterThanOrEqual(pts[i - 1].tp);
					expect(pts[i].fp).toBeGreaterThanOrEqual(pts[i - 1].fp);
					expect(pts[i].threshold).toBeLessThan(pts[i - 1].threshold);
					const { threshold, ...c } = pts[i];
					expect(confusionFromScores(scores, labels, threshold)).toEqual(c);
				}
			})
		);
	});
	it('the cheapest threshold costs no more than any threshold', () => {
		fc.assert(
			fc.property(
				scoredData(),
				fc.integer({ min: 0, max: 50 }),
				fc.integer({ min: 0, max: 50 }),
				(d, cfn, cfp) => {
					const best = cheapestThreshold(d.scores, d.labels, cfn, cfp);
					if (!best.ok) throw new Error('expected a cheapest threshold');
					for (const t of [Infinity, ...d.scores, -Infinity]) {
						const c = confusionFromScores(d.scores, d.labels, t);
						expect(best.value.cost).toBeLessThanOrEqual(cfn * c.fn + cfp * c.fp);
					}
					const c = confusionFromScores(d.scores, d.labels, best.value.threshold);
					expect(best.value.cost).toBe(cfn * c.fn + cfp * c.fp);
				}
			)
		);
	});
	it('a missed defect costing 10 false alarms flags more than when it costs one', () => {
		const s = [0.9, 0.7, 0.6, 0.4, 0.3, 0.2],
			y = [1, 0, 1, 0, 1, 0];
		const even = cheapestThreshold(s, y, 1, 1),
			costly = cheapestThreshold(s, y, 10, 1);
		expect(even.ok && even.value.threshold).toBe(0.9);
		expect(costly.ok && costly.value.threshold).toBe(0.3);
	});
});
