// Precision at a given prevalence, by Bayes' rule: a classifier's recall and specificity do not
// depend on how common defects are, but its precision does. For 1,000 parts with defect rate π:
//   true alarms  = 1000·π·recall,  false alarms = 1000·(1−π)·(1−specificity),
//   missed       = 1000·π·(1−recall),
//   precision    = π·recall / (π·recall + (1−π)·(1−specificity)).
// Precision is undefined when nothing is flagged (π·recall + (1−π)·(1−spec) = 0).

export interface PrevalenceResult {
	/** Precision, or null when no part is flagged. */
	precision: number | null;
	truePerThousand: number;
	falseAlarmsPerThousand: number;
	missedPerThousand: number;
	correctOkPerThousand: number;
}

export function atPrevalence(recall: number, specificity: number, prevalence: number): PrevalenceResult {
	for (const [name, v] of [
		['recall', recall],
		['specificity', specificity],
		['prevalence', prevalence]
	] as const) {
		if (!Number.isFinite(v) || v < 0 || v > 1) throw new RangeError(`${name} must be a fraction in 0…1`);
	}
	const truePos = prevalence * recall;
	const falsePos = (1 - prevalence) * (1 - specificity);
	const flagged = truePos + falsePos;
	return {
		precision: flagged > 0 ? truePos / flagged : null,
		truePerThousand: 1000 * truePos,
		falseAlarmsPerThousand: 1000 * falsePos,
		missedPerThousand: 1000 * prevalence * (1 - recall),
		correctOkPerThousand: 1000 * (1 - prevalence) * specificity
	};
}
