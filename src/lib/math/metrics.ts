// Classification metrics for a binary classifier: the confusion matrix (from counts, or from
// scores and a threshold), every metric built on it, ROC and precision-recall curves, the areas
// under them, and the cheapest threshold for given error costs.
//
// Conventions (docs/CONTRACT.md): label 1 is the positive class; a prediction is positive
// when its score is ≥ the threshold. ROC-AUC counts ties half. Average precision is
// scikit-learn's average_precision_score: Σ (Rₙ − Rₙ₋₁)·Pₙ over the distinct scores taken as
// thresholds in descending order, with R₀ = 0. A value that would divide by zero is not a
// number here but `{ ok: false, reason }`, so no caller can show NaN or Infinity.

/** Counts of a 2×2 confusion matrix. */
export interface Confusion {
	tp: number;
	fp: number;
	fn: number;
	tn: number;
}

/** Why a value is undefined. */
export type Reason =
	| 'empty' // no examples at all
	| 'no-predicted-positive' // TP + FP = 0
	| 'no-actual-positive' // TP + FN = 0
	| 'no-actual-negative' // TN + FP = 0
	| 'no-positive-at-all'; // TP + FP + FN = 0 (no actual and no predicted positives)

export type Maybe<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export const METRIC_NAMES = ['accuracy', 'precision', 'recall', 'specificity', 'f1'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type Metrics = Record<MetricName, Maybe<number>>;

const some = (value: number): Maybe<number> => ({ ok: true, value });
const none = (reason: Reason): Maybe<never> => ({ ok: false, reason });
const ratio = (num: number, den: number, reason: Reason): Maybe<number> =>
	den > 0 ? some(num / den) : none(reason);

/**
 * Every metric from the four counts:
 * accuracy (TP+TN)/total, precision TP/(TP+FP), recall TP/(TP+FN), specificity TN/(TN+FP),
 * F1 = 2TP/(2TP+FP+FN) (scikit-learn's form: the harmonic mean of precision and recall, still
 * defined, as 0, when precision is undefined but there are missed positives).
 */
export function metricsFrom(c: Confusion): Metrics {
	const { tp, fp, fn, tn } = c;
	return {
		accuracy: ratio(tp + tn, tp + fp + fn + tn, 'empty'),
		precision: ratio(tp, tp + fp, 'no-predicted-positive'),
		recall: ratio(tp, tp + fn, 'no-actual-positive'),
		specificity: ratio(tn, tn + fp, 'no-actual-negative'),
		f1: ratio(2 * tp, 2 * tp + fp + fn, 'no-positive-at-all')
	};
}

/** The same examples with the other class called positive: TP↔TN, FP↔FN. */
export function flipConfusion(c: Confusion): Confusion {
	return { tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp };
}

export const MAX_COUNT = 1_000_000;

/** Why a count is not usable: negative, fractional, not finite, or over MAX_COUNT. */
export function countProblem(x: number): 'negative' | 'fractional' | 'not-finite' | 'huge' | null {
	if (!Number.isFinite(x)) return 'not-finite';
	if (x < 0) return 'negative';
	if (!Number.isInteger(x)) return 'fractional';
	if (x > MAX_COUNT) return 'huge';
	return null;
}

// ---- scores and labels -------------------------------------------------------------------

export type Label = 0 | 1;

export type ScoredProblem =
	| { kind: 'length-mismatch'; scores: number; labels: number }
	| { kind: 'empty' }
	| { kind: 'score-not-finite'; index: number }
	| { kind: 'label-not-binary'; index: number; value: number };

/** The first thing wrong with a list of scores and labels, or null when they can be used. */
export function scoredProblem(scores: readonly number[], labels: readonly number[]): ScoredProblem | null {
	if (scores.length !== labels.length)
		return { kind: 'length-mismatch', scores: scores.length, labels: labels.length };
	if (scores.length === 0) return { kind: 'empty' };
	const s = scores.findIndex((x) => !Number.isFinite(x));
	if (s >= 0) return { kind: 'score-not-finite', index: s };
	const l = labels.findIndex((y) => y !== 0 && y !== 1);
	if (l >= 0) return { kind: 'label-not-binary', index: l, value: labels[l] };
	return null;
}

function check(scores: readonly number[], labels: readonly number[]) {
	const p = scoredProblem(scores, labels);
	if (p && p.kind !== 'empty') throw new RangeError(`metrics: bad scores/labels (${p.kind})`);
}

/** The confusion matrix when every example with score ≥ threshold is predicted positive. */
export function confusionFromScores(
	scores: readonly number[],
	labels: readonly number[],
	threshold: number
): Confusion {
	check(scores, labels);
	const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
	for (let i = 0; i < scores.length; i++) {
		const predicted = scores[i] >= threshold;
		if (labels[i] === 1) {
			if (predicted) c.tp++;
			else c.fn++;
		} else if (predicted) c.fp++;
		else c.tn++;
	}
	return c;
}

/** Which cell of the confusion matrix one example falls in. */
export type Cell = keyof Confusion;
export function cellOf(score: number, label: number, threshold: number): Cell {
	const predicted = score >= threshold;
	return label === 1 ? (predicted ? 'tp' : 'fn') : predicted ? 'fp' : 'tn';
}

/** The confusion matrix at one threshold of a sweep. */
export interface SweepPoint extends Confusion {
	threshold: number;
}

/**
 * The confusion matrix at every threshold that changes it: first `Infinity` (nothing predicted
 * positive), then each distinct score in descending order. O(n log n).
 */
export function sweep(scores: readonly number[], labels: readonly number[]): SweepPoint[] {
	check(scores, labels);
	const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
	const P = labels.reduce<number>((n, y) => n + (y === 1 ? 1 : 0), 0);
	const N = labels.length - P;
	const out: SweepPoint[] = [{ threshold: Infinity, tp: 0, fp: 0, fn: P, tn: N }];
	let tp = 0,
		fp = 0;
	for (let k = 0; k < order.length;) {
		const s = scores[order[k]];
		while (k < order.length && scores[order[k]] === s) {
			if (labels[order[k]] === 1) tp++;
			else fp++;
			k++;
		}
		out.push({ threshold: s, tp, fp, fn: P - tp, tn: N - fp });
	}
	return out;
}

export interface RocPoint {
	threshold: number;
	/** False positive rate FP/(FP+TN) = 1 − specificity. */
	fpr: number;
	/** True positive rate TP/(TP+FN) = recall. */
	tpr: number;
}

function classProblem(points: SweepPoint[]): Reason | null {
	if (points.length <= 1) return 'empty';
	const { fn: P, tn: N } = points[0];
	if (P === 0) return 'no-actual-positive';
	if (N === 0) return 'no-actual-negative';
	return null;
}

/** ROC curve from (0,0) at threshold ∞ to (1,1) at the lowest score; needs both classes. */
export function rocPoints(scores: readonly number[], labels: readonly number[]): Maybe<RocPoint[]> {
	const pts = sweep(scores, labels);
	const bad = classProblem(pts);
	if (bad) return none(bad);
	const { fn: P, tn: N } = pts[0];
	return { ok: true, value: pts.map((p) => ({ threshold: p.threshold, fpr: p.fp / N, tpr: p.tp / P })) };
}

/** Area under the ROC curve (trapezoids: a tie between a positive and a negative counts half). */
export function rocAuc(scores: readonly number[], labels: readonly number[]): Maybe<number> {
	const roc = rocPoints(scores, labels);
	if (!roc.ok) return roc;
	let area = 0;
	const pts = roc.value;
	for (let i = 1; i < pts.length; i++)
		area += ((pts[i].fpr - pts[i - 1].fpr) * (pts[i].tpr + pts[i - 1].tpr)) / 2;
	return some(Math.min(1, Math.max(0, area)));
}

export interface PrPoint {
	threshold: number;
	recall: number;
	precision: number;
}

/**
 * Precision-recall curve: one point per distinct score, descending (precision is always defined
 * there: at least one example is predicted positive). Needs at least one actual positive.
 * scikit-learn also draws the point (recall 0, precision 1) at threshold ∞; it is not included.
 */
export function prCurve(scores: readonly number[], labels: readonly number[]): Maybe<PrPoint[]> {
	const pts = sweep(scores, labels);
	if (pts.length <= 1) return none('empty');
	const P = pts[0].fn;
	if (P === 0) return none('no-actual-positive');
	return {
		ok: true,
		value: pts
			.slice(1)
			.map((p) => ({ threshold: p.threshold, recall: p.tp / P, precision: p.tp / (p.tp + p.fp) }))
	};
}

/** scikit-learn's average precision: Σ (Rₙ − Rₙ₋₁)·Pₙ with R₀ = 0. */
export function averagePrecision(scores: readonly number[], labels: readonly number[]): Maybe<number> {
	const pr = prCurve(scores, labels);
	if (!pr.ok) return pr;
	let ap = 0,
		prev = 0;
	for (const p of pr.value) {
		ap += (p.recall - prev) * p.precision;
		prev = p.recall;
	}
	return some(Math.min(1, Math.max(0, ap)));
}

export interface Cheapest extends SweepPoint {
	cost: number;
}

/**
 * The threshold with the lowest total cost costFn·FN + costFp·FP, among `Infinity` (flag
 * nothing) and each distinct score. On a tie the higher threshold wins (fewer parts flagged).
 * Costs must be finite and ≥ 0. Undefined only for an empty list.
 */
export function cheapestThreshold(
	scores: readonly number[],
	labels: readonly number[],
	costFn: number,
	costFp: number
): Maybe<Cheapest> {
	if (!(Number.isFinite(costFn) && Number.isFinite(costFp) && costFn >= 0 && costFp >= 0))
		throw new RangeError('metrics: costs must be finite and ≥ 0');
	const pts = sweep(scores, labels);
	if (pts.length <= 1) return none('empty');
	let best: Cheapest | null = null;
	for (const p of pts) {
		const cost = costFn * p.fn + costFp * p.fp;
		if (best === null || cost < best.cost) best = { ...p, cost };
	}
	return { ok: true, value: best! };
}
