// How widgets print numbers: at most `digits` decimals, no trailing zeros, never NaN/Infinity.

/** 0.55357… → "0.554"; 0.97 → "0.97"; 1 → "1". Non-finite values print as "—". */
export function fmt(x: number, digits = 3): string {
	if (!Number.isFinite(x)) return '—';
	const s = Number(x.toFixed(digits)).toString();
	return s === '-0' ? '0' : s;
}
