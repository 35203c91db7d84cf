// How cell values and products are written on screen (the unrounded value stays in data-value).

/** Short display: whole numbers as they are, others to at most 3 decimals; a true minus sign. */
export function fmtNum(x: number): string {
	if (!Number.isFinite(x)) return '—';
	const r = Math.abs(x) >= 1000 || Number.isInteger(x) ? Math.round(x * 1000) / 1000 : +x.toFixed(3);
	const s = String(Object.is(r, -0) ? 0 : r);
	return s.replace(/^-/, '−');
}

/** As fmtNum, in brackets when negative (for products written out: 2 × (−1)). */
export function fmtFactor(x: number): string {
	const s = fmtNum(x);
	return s.startsWith('−') ? `(${s})` : s;
}

/** A value for an <input>: plain ASCII, at most 4 decimals. */
export function fmtInput(x: number): string {
	const r = +x.toFixed(4);
	return String(Object.is(r, -0) ? 0 : r);
}
