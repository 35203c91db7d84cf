// What the gradient-descent charts show: the x range that follows the ball, and tick values
// spread so their labels never pile up (on the steps chart's symmetric-log axis d3's linear ticks
// bunch at the top). Plain TypeScript, tested in view.test.ts.
import { legibleSize } from '$lib/ui/legible-text';

/** How many steps before the ball's the view keeps in sight with it. */
export const RECENT_STEPS = 5;
/** Room left round the farthest point kept in view, as a share of its distance from 0. */
export const MARGIN = 0.1;

/**
 * Half-width of the symmetric x range drawn round the minimum's neighbourhood: the function's
 * own range `base`, widened to keep the start x0 and, when following, the ball and its last
 * `recent` steps in view. Positions that are not finite are left out (the chart marks them).
 */
export function viewHalf(
	xs: readonly number[],
	x0: number,
	base: number,
	follow: boolean,
	recent = RECENT_STEPS
): number {
	let half = Math.max(base, Math.abs(x0) * (1 + MARGIN));
	if (!follow) return half;
	for (const x of xs.slice(-(recent + 1)))
		if (Number.isFinite(x)) half = Math.max(half, Math.abs(x) * (1 + MARGIN));
	return half;
}

/** 0 and ±{1, 2, 5}·10^k inside [lo, hi], powers of ten first, then fives, then twos. */
export function roundCandidates(lo: number, hi: number): number[][] {
	const top = Math.max(Math.abs(lo), Math.abs(hi), 1);
	const kMax = Math.ceil(Math.log10(top));
	const tiers: number[][] = [[0], [], []];
	for (let k = -2; k <= kMax; k++)
		[1, 5, 2].forEach((m, tier) => {
			const v = Number((m * 10 ** k).toPrecision(12));
			for (const s of [v, -v]) if (s >= lo && s <= hi) tiers[tier].push(s);
		});
	return tiers;
}

/**
 * Tick values at least `gap` apart where `pos` puts them (chart units), chosen greedily from
 * round numbers: 0 first, then powers of ten, fives and twos, from the smallest magnitude up.
 * Sorted ascending.
 */
export function spacedTicks(pos: (v: number) => number, lo: number, hi: number, gap: number): number[] {
	const kept: number[] = [];
	for (const tier of roundCandidates(lo, hi))
		for (const v of [...tier].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b))
			if (kept.every((k) => Math.abs(pos(k) - pos(v)) >= gap)) kept.push(v);
	return kept.sort((a, b) => a - b);
}

/**
 * Half-width of the square view of a 2-D run: the plane's own half-width `base`, widened when
 * following to keep the ball and its last `recent` steps in view (10% margin).
 */
export function viewHalf2D(
	path: readonly (readonly number[])[],
	base: number,
	follow: boolean,
	recent = RECENT_STEPS
): number {
	let half = base;
	if (!follow) return half;
	for (const p of path.slice(-(recent + 1)))
		for (const v of p) if (Number.isFinite(v)) half = Math.max(half, Math.abs(v) * (1 + MARGIN));
	return half;
}

interface LinearScale {
	(v: number): number;
	ticks(count?: number): number[];
	range(): number[];
}

/**
 * d3's evenly spaced nice ticks for a linear axis (steps of 1, 2 or 5 × 10^k), as many as keep
 * them at least `gap` chart units apart (d3 may give more than it is asked for, so fewer are asked
 * until they fit); at least two.
 */
export function linearTicks(scale: LinearScale, gap: number): number[] {
	const [a, b] = scale.range();
	let ticks = scale.ticks(2);
	for (let n = Math.max(2, Math.floor(Math.abs(b - a) / gap)); n >= 2; n--) {
		ticks = scale.ticks(n);
		if (ticks.length < 2 || Math.abs(scale(ticks[1]) - scale(ticks[0])) >= gap) break;
	}
	return ticks;
}

/**
 * Room a tick label needs along an axis, in chart units, for a chart `width` units wide drawn
 * `shownPx` CSS pixels wide: labels of `base` units are raised to at least `minPx` on screen
 * (ui/legible-text.ts), so on a phone they take more of the chart. `chars` is the longest label
 * expected ("−30000", "1.0e+6"); along a vertical axis ask for `chars` = 0 (height only).
 */
export function labelRoom(base: number, shownPx: number, width: number, minPx = 12, chars = 7): number {
	const size = legibleSize(base, shownPx > 0 ? shownPx / width : 1, minPx) ?? base;
	return chars > 0 ? size * 0.62 * chars + 12 : size * 1.8;
}
