// Figures that keep an accuracy honest on imbalanced data (lesson 5 practised in the lab):
// the majority-class baseline, balanced accuracy, a 95% Wilson interval on accuracy, words for a
// model that puts everything in one class or a test set too small to mean much, and the
// threshold a validation set suggests. Label 1 is the positive (defective) class, as everywhere.
import { sweep, type Confusion, type Maybe } from './metrics';

const some = <T>(value: T): Maybe<T> => ({ ok: true, value });

/** Share of the test set in its larger class: the accuracy of always answering that class. */
export function baselineAccuracy(labels: readonly number[]): Maybe<{ value: number; positive: boolean }> {
	const n = labels.length;
	if (n === 0) return { ok: false, reason: 'empty' };
	let p = 0;
	for (const y of labels) if (y === 1) p++;
	const positive = p > n - p;
	return some({ value: Math.max(p, n - p) / n, positive });
}

/** Mean of recall and specificity; needs both classes in the data. */
export function balancedAccuracy(c: Confusion): Maybe<number> {
	const P = c.tp + c.fn,
		N = c.tn + c.fp;
	if (P + N === 0) return { ok: false, reason: 'empty' };
	if (P === 0) return { ok: false, reason: 'no-actual-positive' };
	if (N === 0) return { ok: false, reason: 'no-actual-negative' };
	return some((c.tp / P + c.tn / N) / 2);
}

/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion k/n (Wilson 1927):
 * centre (p̂ + z²/2n) / (1 + z²/n), half-width z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n).
 * Unlike p̂ ± z·√(p̂(1−p̂)/n) it stays inside [0, 1] and is not zero-width at 0 or n.
 */
export function wilsonInterval(k: number, n: number, z = Z95): Maybe<{ low: number; high: number }> {
	if (!(n > 0) || !Number.isInteger(n) || !Number.isInteger(k) || k < 0 || k > n)
		return { ok: false, reason: 'empty' };
	const p = k / n,
		z2 = z * z;
	const denom = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denom;
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
	return some({ low: Math.max(0, centre - half), high: Math.min(1, centre + half) });
}

/** Whether every test image got one predicted class: 'all-ok', 'all-defective' or null. */
export function oneClassPrediction(c: Confusion): 'all-ok' | 'all-defective' | null {
	const n = c.tp + c.fp + c.fn + c.tn;
	if (n === 0) return null;
	if (c.tp + c.fp === 0) return 'all-ok';
	if (c.tn + c.fn === 0) return 'all-defective';
	return null;
}

/** Below this many test images in a class, its recall or specificity moves by ≥ 10% per image. */
export const FEW_PER_CLASS = 10;

/** The classes with fewer than `min` test images, and how many each has. */
export function thinClasses(
	labels: readonly number[],
	min = FEW_PER_CLASS
): { defective: number; ok: number; thin: ('defective' | 'ok')[] } {
	let d = 0;
	for (const y of labels) if (y === 1) d++;
	const ok = labels.length - d;
	const thin: ('defective' | 'ok')[] = [];
	if (d < min) thin.push('defective');
	if (ok < min) thin.push('ok');
	return { defective: d, ok, thin };
}

/**
 * The threshold that maximises balanced accuracy (equivalently Youden's J = recall +
 * specificity − 1) on a validation set. Where several tie, the highest is returned: it flags
 * the fewest parts for the same balanced accuracy. Needs both classes. The threshold is one of the validation scores, so "score ≥ threshold" flags exactly
 * the images the maximum counts.
 */
export function suggestedThreshold(scores: readonly number[], labels: readonly number[]): Maybe<number> {
	const pts = sweep(scores, labels);
	if (pts.length <= 1) return { ok: false, reason: 'empty' };
	const { fn: P, tn: N } = pts[0];
	if (P === 0) return { ok: false, reason: 'no-actual-positive' };
	if (N === 0) return { ok: false, reason: 'no-actual-negative' };
	let best = -Infinity,
		at = NaN;
	for (const p of pts) {
		if (!Number.isFinite(p.threshold)) continue;
		const j = p.tp / P + p.tn / N;
		if (j > best) {
			best = j;
			at = p.threshold;
		}
	}
	return some(at);
}
