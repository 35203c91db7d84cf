import { echo, int, num, type Param } from '$lib/embed/params';
import { t, useStrings } from '$lib/i18n';
import deeperStrings from '$lib/i18n/areas/deeper';
import type { Network } from '$lib/math/nn';
import { networkParams } from '../nn-common/network-params';

// Parsing a link names its problems before any part has loaded, so the table loads its strings.
useStrings(deeperStrings);

export const STAGES = 8;
export const H_MIN = 1e-8;
export const H_MAX = 1;

/** Every parameter of `net` by the names `nudge` takes: w1-j-i, b1-j, w2-j, b2 (1-based). */
export function paramNames(net: Network): string[] {
	const w1 = net.w1.flatMap((row, j) => row.map((_, i) => `w1-${j + 1}-${i + 1}`));
	const b1 = net.b1.map((_, j) => `b1-${j + 1}`);
	const w2 = net.w2.map((_, j) => `w2-${j + 1}`);
	return [...w1, ...b1, ...w2, 'b2'];
}

/** A weight's name, checked for form here and against the network's shape by the widget. */
const nudgeName: Param<string> = {
	default: 'w1-1-1',
	parse(raw) {
		const v = raw.toLowerCase();
		return /^(w1-\d+-\d+|b1-\d+|w2-\d+|b2)$/.test(v)
			? { ok: true, value: v }
			: { ok: false, problem: t('bp.nudge.problem', { value: echo(raw) }) };
	},
	format: (v) => v
};

/** URL parameters of /embed/backprop-stepper/: the network's, plus `lr` and `stage` (0…7), and
 * the gradient check's `nudge` (which parameter) and `h` (how far). */
export const params = {
	...networkParams,
	lr: num({ min: 1e-4, max: 2, default: 0.1 }),
	stage: int({ min: 0, max: STAGES - 1, default: 0 }),
	nudge: nudgeName,
	h: num({ min: H_MIN, max: H_MAX, default: 1e-4 })
};
