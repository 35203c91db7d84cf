// How my widgets print numbers on screen (the unrounded value goes in data-value).
import { keepDistinct } from '$lib/ui/format';

/** A short, readable number: never "NaN" or "Infinity" (those get words from the caller). */
export function fmt(x: number, digits = 4): string {
	if (Number.isNaN(x)) return '—';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	if (x === 0) return '0';
	const a = Math.abs(x);
	const render = (d: number) =>
		a >= 1e5 || a < 1e-3 ? x.toExponential(d - 1) : String(Number(x.toPrecision(d)));
	// never print 1 or −1 for a value that is not exactly that (σ(10) is 0.99995, not 1)
	return keepDistinct(x, render(digits), render, digits).replace('-', '−');
}

/**
 * Several numbers a sentence compares ("0.07934, above the limit 0.07933"), printed with the
 * fewest digits (at least `digits`) at which no two different values print the same.
 */
export function fmtApart(xs: readonly number[], digits = 4): string[] {
	for (let d = digits; d < 17; d++) {
		const out = xs.map((x) => fmt(x, d));
		if (xs.every((x, i) => xs.every((y, j) => x === y || out[i] !== out[j]))) return out;
	}
	return xs.map((x) => fmt(x, 17));
}

/** The exact value for a data-value attribute: String(x), or '' where undefined. */
export function dv(x: number | null | undefined): string {
	return x === null || x === undefined ? '' : String(x);
}

/** Signed term for a formula: "+ 0.5" / "− 0.5". */
export function signed(x: number, digits = 4): string {
	return x < 0 ? `− ${fmt(-x, digits)}` : `+ ${fmt(x, digits)}`;
}

/** Parenthesise negatives in a product: (−0.5). */
export function paren(x: number, digits = 4): string {
	return x < 0 ? `(${fmt(x, digits)})` : fmt(x, digits);
}
