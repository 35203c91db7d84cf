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

export interface IconCounts {
	caught: number;
	missed: number;
	falseAlarms: number;
	correctOk: number;
}

/**
 * Whole parts out of `total` for an icon array: the four expected counts rounded so that they
 * add up to `total` exactly (largest remainder: round down, then give the leftover parts to the
 * counts with the largest fractional parts, ties, to 9 decimal places, in the order caught, missed, false alarm, OK).
 */
export function iconCounts(r: PrevalenceResult, total = 1000): IconCounts {
	const scale = total / 1000;
	const exact = [
		r.truePerThousand,
		r.missedPerThousand,
		r.falseAlarmsPerThousand,
		r.correctOkPerThousand
	].map((v) => v * scale);
	const whole = exact.map((v) => Math.floor(v + 1e-9));
	let left = total - whole.reduce((a, b) => a + b, 0);
	// Fractions equal to 9 places count as a tie (0.43·0.05·1000 is 21.4999… in floating point).
	const order = exact
		.map((v, i) => ({ i, frac: Math.round((v - whole[i]) * 1e9) }))
		.sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		whole[i]++;
		left--;
	}
	return { caught: whole[0], missed: whole[1], falseAlarms: whole[2], correctOk: whole[3] };
}
