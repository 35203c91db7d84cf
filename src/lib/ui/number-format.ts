// How cell values and products are written on screen (the unrounded value stays in data-value).
import { fmt } from './format';

/** Short display (the shared fmt: at most 3 decimals, never NaN) with a true minus sign. */
export function fmtNum(x: number): string {
	return fmt(x).replace(/^-/, '−');
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
