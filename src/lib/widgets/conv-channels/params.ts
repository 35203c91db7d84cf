import {
	choice,
	either,
	formatMatrix,
	int,
	num,
	parseMatrix,
	type Matrix,
	type Param
} from '$lib/embed/params';
import { t, useStrings } from '$lib/i18n';
import deeperStrings from '$lib/i18n/areas/deeper';

// Parsing a link names its problems before any part has loaded, so the table loads its strings.
useStrings(deeperStrings);

export const CHANNELS = 3;
export const MAX_INPUT = 16;
export const MAX_KERNEL = 5;
export const MAX_STRIDE = 4;
export const MAX_PADDING = 3;
export const MAX_ABS = 1000;

/** A 5×5 RGB crop: a warm spot (high red, low blue) on a grey background. */
export const DEFAULT_INPUT: Matrix[] = [
	[
		[1, 1, 1, 1, 1],
		[1, 2, 3, 2, 1],
		[1, 3, 3, 3, 1],
		[1, 2, 3, 2, 1],
		[1, 1, 1, 1, 1]
	],
	[
		[1, 1, 1, 1, 1],
		[1, 1, 2, 1, 1],
		[1, 2, 2, 2, 1],
		[1, 1, 2, 1, 1],
		[1, 1, 1, 1, 1]
	],
	[
		[1, 1, 1, 1, 1],
		[1, 1, 0, 1, 1],
		[1, 0, 0, 0, 1],
		[1, 1, 0, 1, 1],
		[1, 1, 1, 1, 1]
	]
];

/** One 3×3×3 filter: "more red than blue here", centre-weighted. */
export const DEFAULT_KERNEL: Matrix[] = [
	[
		[0, 1, 0],
		[1, 2, 1],
		[0, 1, 0]
	],
	[
		[0, 0, 0],
		[0, 1, 0],
		[0, 0, 0]
	],
	[
		[0, -1, 0],
		[-1, -2, -1],
		[0, -1, 0]
	]
];

const isName = <T extends string>(v: unknown): v is T => typeof v === 'string';

/**
 * Three matrices split by `|`, all the same size (and square when `square`), each value within
 * ±MAX_ABS; `what` names a channel in messages.
 */
export function parseChannels(
	raw: string,
	max: number,
	square: boolean
): { ok: true; value: Matrix[] } | { ok: false; problem: string } {
	const parts = raw.split('|');
	if (parts.length !== CHANNELS)
		return { ok: false, problem: t('ch.problem.count', { n: parts.length, want: CHANNELS }) };
	const value: Matrix[] = [];
	for (let c = 0; c < CHANNELS; c++) {
		const r = parseMatrix(parts[c], max);
		if (!r.ok) return { ok: false, problem: t('ch.problem.channel', { c, problem: r.problem }) };
		const m = r.value;
		if (square && m.length !== m[0].length)
			return { ok: false, problem: t('ch.problem.square', { c, h: m.length, w: m[0].length }) };
		if (m.some((row) => row.some((v) => Math.abs(v) > MAX_ABS)))
			return { ok: false, problem: t('ch.problem.magnitude', { c, max: MAX_ABS }) };
		value.push(m);
	}
	const [h, w] = [value[0].length, value[0][0].length];
	const bad = value.findIndex((m) => m.length !== h || m[0].length !== w);
	if (bad >= 0)
		return {
			ok: false,
			problem: t('ch.problem.sizes', { c: bad, h: value[bad].length, w: value[bad][0].length, h0: h, w0: w })
		};
	return { ok: true, value };
}

const channels = (def: Matrix[], max: number, square: boolean): Param<Matrix[]> => ({
	default: def,
	parse: (raw) => parseChannels(raw, max, square),
	format: (v) => v.map(formatMatrix).join('|')
});

/** URL parameters of /embed/conv-channels/. */
export const params = {
	input: channels(DEFAULT_INPUT, MAX_INPUT, false),
	kernel: channels(DEFAULT_KERNEL, MAX_KERNEL, true),
	bias: num({ min: -100, max: 100, default: -10 }),
	activation: choice(['relu', 'linear'] as const, 'relu'),
	stride: int({ min: 1, max: MAX_STRIDE, default: 1 }),
	padding: either<'valid' | 'same', number>(
		choice(['valid', 'same'] as const, 'valid'),
		int({ min: 0, max: MAX_PADDING, default: 0 }),
		0,
		isName<'valid' | 'same'>
	),
	row: int({ min: 0, max: 63, default: 1 }),
	col: int({ min: 0, max: 63, default: 1 })
};
