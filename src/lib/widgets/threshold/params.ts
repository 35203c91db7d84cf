import { choice, num, numberList, parseMatrix, type Param } from '$lib/embed/params';
import { t } from '$lib/i18n';
import { SCORE_SET_NAMES } from '$lib/math/scores';

export const MAX_PARTS = 2000;

/** A comma-separated list of labels; whether each is 0 or 1 is checked with the scores. */
function labelList(): Param<number[]> {
	return {
		default: [],
		parse(raw) {
			const parsed = parseMatrix(raw.replace(/;/g, ','), Infinity);
			if (!parsed.ok) return parsed;
			const list = parsed.value[0];
			if (list.length > MAX_PARTS)
				return { ok: false, problem: t('param.problem.list.size', { n: list.length, max: MAX_PARTS }) };
			return { ok: true, value: list };
		},
		format: (v) => v.map(String).join(',')
	};
}

export const params = {
	set: choice(SCORE_SET_NAMES, 'castings'),
	scores: numberList({ def: [], min: 0, max: 1, maxLength: MAX_PARTS }),
	labels: labelList(),
	threshold: num({ min: 0, max: 1, default: 0.5 }),
	/** One missed defect costs as much as `cost` false alarms. */
	cost: num({ min: 0, max: 1000, default: 1 })
};
