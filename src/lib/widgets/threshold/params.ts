import { choice, num, numberList, parseMatrix, type Param } from '$lib/embed/params';
import { t } from '$lib/i18n';
import { SCORE_SET_NAMES } from '$lib/math/scores';

export const MAX_PARTS = 2000;

/** A comma-separated list of 0/1 labels; anything else is refused. */
function labelList(): Param<number[]> {
	return {
		default: [],
		parse(raw) {
			const parsed = parseMatrix(raw.replace(/;/g, ','), Infinity);
			if (!parsed.ok) return parsed;
			const list = parsed.value[0];
			if (list.length > MAX_PARTS)
				return { ok: false, problem: t('param.problem.list.size', { n: list.length, max: MAX_PARTS }) };
			const bad = list.find((y) => y !== 0 && y !== 1);
			return bad === undefined
				? { ok: true, value: list }
				: { ok: false, problem: t('param.problem.labels', { value: bad }) };
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
