// The lab's evaluation figures, from the test scores and the uploaded photos' scores (pure: no
// state, so the lab derives them and a test can check them).
import {
	balancedAccuracy,
	baselineAccuracy,
	oneClassPrediction,
	suggestedThreshold,
	thinClasses,
	wilsonInterval
} from '$lib/math/honest';
import { confusionFromScores, metricsFrom, rocAuc, type Confusion } from '$lib/math/metrics';
import type { Prediction } from '$lib/lab/protocol';
import type { TestResult } from './reduce';

/** Figures that keep the test accuracy honest (src/lib/math/honest.ts). */
export function honestFigures(r: TestResult, c: Confusion) {
	return {
		baseline: baselineAccuracy(r.labels),
		rocAuc: rocAuc(r.scores, r.labels),
		balanced: balancedAccuracy(c),
		interval: wilsonInterval(c.tp + c.tn, r.labels.length),
		oneClass: oneClassPrediction(c),
		counts: thinClasses(r.labels),
		suggested: r.valScores && r.valLabels ? suggestedThreshold(r.valScores, r.valLabels) : null
	};
}

/**
 * The tested files whose folder gives their class (def… / ok…): ROC-AUC and the metrics at the
 * threshold, or null when none does. Train on the built-in parts, test a folder of real photos:
 * how realistic is it?
 */
export function labelledFigures(predictions: Prediction[], threshold: number) {
	const known = predictions.filter(
		(p): p is { file: string; p: number; label: 0 | 1 } => 'p' in p && p.label !== undefined
	);
	if (known.length === 0) return null;
	const scores = known.map((k) => k.p),
		labels = known.map((k) => k.label);
	return {
		count: known.length,
		defective: labels.filter((l) => l === 1).length,
		rocAuc: rocAuc(scores, labels),
		metrics: metricsFrom(confusionFromScores(scores, labels, threshold))
	};
}
