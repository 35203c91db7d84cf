// How widgets print numbers: at most `digits` decimals, no trailing zeros, never NaN/Infinity,
// and never a rounding that reads as a different fact: a value that is not exactly 0, 1 or −1
// is never printed as one (recall 1/1,000,000 is "0.000001", not "0", which would read as
// "caught nothing"; precision 0.9996 is "0.9996", not "1").

/**
 * Below this distance from 0 or ±1 a difference is floating-point noise (0.1 + 0.2 − 0.3), not a
 * fact: no count-based metric gets this close (the nearest to 0 or 1 with a million parts is 1e-6).
 */
export const FLOAT_NOISE = 1e-9;

/** The digits needed so that x, rounded, is not printed as an integer it is not (0, ±1). */
export function keepDistinct(
	x: number,
	s: string,
	render: (digits: number) => string,
	digits: number
): string {
	const misleading = (t: string) =>
		(t === '0' || t === '1' || t === '-1' || t === '-0') && Math.abs(Number(t) - x) > FLOAT_NOISE;
	if (!misleading(s)) return s === '-0' ? '0' : s;
	for (let d = digits + 1; d <= 20; d++) {
		// The first digit that keeps it off 0/±1 may be rounded up from far below: 0.000006 at 5
		// decimals is "0.00001", 1.7 times the value. One digit more gives the deviation's own size.
		if (!misleading(render(d))) return render(Math.min(d + 1, 20));
	}
	return String(x);
}

/** 0.55357… → "0.554"; 0.97 → "0.97"; 1 → "1"; 0.0000012 → "0.000001". Non-finite values print as "—". */
export function fmt(x: number, digits = 3): string {
	if (!Number.isFinite(x)) return '—';
	if (x === 0) return '0';
	const render = (d: number) => String(Number(x.toFixed(d)));
	return keepDistinct(x, render(digits), render, digits);
}
