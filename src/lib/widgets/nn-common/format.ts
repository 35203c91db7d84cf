// How my widgets print numbers on screen (the unrounded value goes in data-value).

/** A short, readable number: never "NaN" or "Infinity" (those get words from the caller). */
export function fmt(x: number, digits = 4): string {
	if (Number.isNaN(x)) return '—';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	if (x === 0) return '0';
	const a = Math.abs(x);
	const s = a >= 1e5 || a < 1e-3 ? x.toExponential(digits - 1) : String(Number(x.toPrecision(digits)));
	return s.replace('-', '−');
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
