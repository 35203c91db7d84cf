// How the site prints numbers: one module, one name per meaning. Every widget used to keep its own
// `fmt`, and four of them meant four different things (decimals, significant digits, toFixed,
// hundredths). The unrounded value never goes through here: it goes in data-value (dataValue).
//
// Rules every formatter keeps: never "NaN" or "Infinity" on screen, and never a rounding that reads
// as a different fact: a value that is not exactly 0, 1 or −1 is never printed as one (recall
// 1/1,000,000 is "0.000001", not "0", which would read as "caught nothing"; σ(10) is 0.99995, not 1).
//
// Locale: each formatter takes an optional `locale` (default 'en'). Only the decimal mark differs
// between the site's languages; DECIMAL_MARK is the one place that says which. The Indonesian
// edition (src/lib/i18n/number.ts, parsing and formatting with a decimal comma) plugs in by adding
// its mark there or by passing its locale through; this module does not parse.

import { getLocale } from '$lib/i18n';

/**
 * Below this distance from 0 or ±1 a difference is floating-point noise (0.1 + 0.2 − 0.3), not a
 * fact: no count-based metric gets this close (the nearest to 0 or 1 with a million parts is 1e-6).
 */
export const FLOAT_NOISE = 1e-9;

/** The decimal mark per locale; a locale not listed prints as 'en' does. */
export const DECIMAL_MARK: Record<string, string> = { en: '.', id: ',' };

/** ASCII hyphen-minus → the true minus sign (U+2212), as the widgets print it. */
export const MINUS = '−';

function localize(s: string, locale: string): string {
	const mark = DECIMAL_MARK[locale] ?? '.';
	return mark === '.' ? s : s.replace('.', mark);
}

/** The digits needed so that x, rounded, is not printed as an integer it is not (0, ±1). */
export function keepDistinct(
	x: number,
	s: string,
	render: (digits: number) => string,
	digits: number,
	extra = 0
): string {
	const misleading = (t: string) =>
		(t === '0' || t === '1' || t === '-1' || t === '-0') && Math.abs(Number(t) - x) > FLOAT_NOISE;
	if (!misleading(s)) return s === '-0' ? '0' : s;
	for (let d = digits + 1; d <= 20; d++) {
		// The first digit that keeps it off 0/±1 may be rounded up from far below: 0.000006 at 5
		// decimals is "0.00001", 1.7 times the value. One digit more gives the deviation's own size.
		// (formatDecimals asks for that digit; significant-digit output keeps its count.)
		if (!misleading(render(d))) return render(Math.min(d + extra, 20));
	}
	return String(x);
}

/**
 * At most `digits` decimals, no trailing zeros, ASCII minus: 0.55357… → "0.554"; 0.97 → "0.97";
 * 1 → "1"; 0.0000012 → "0.000001". Non-finite values print as "—".
 */
export function formatDecimals(x: number, digits = 3, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return '—';
	if (x === 0) return '0';
	const render = (d: number) => String(Number(x.toFixed(d)));
	return localize(keepDistinct(x, render(digits), render, digits, 1), locale);
}

/**
 * `digits` significant digits with the true minus sign, in exponent form below 0.001 and from
 * 100,000 up: 0.123456 → "0.1235", −2 → "−2", 0.00002 → "2.000e−5"
 * (the first hyphen, sign or exponent, becomes a true minus). NaN prints as "—", ±Infinity
 * as "∞"/"−∞" (the caller says in words why).
 */
export function formatSignificant(x: number, digits = 4, locale: string = getLocale()): string {
	if (Number.isNaN(x)) return '—';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
	if (x === 0) return '0';
	const a = Math.abs(x);
	const render = (d: number) =>
		a >= 1e5 || a < 1e-3 ? x.toExponential(d - 1) : String(Number(x.toPrecision(d)));
	return localize(keepDistinct(x, render(digits), render, digits).replace('-', MINUS), locale);
}

/**
 * Several numbers a sentence compares ("0.07934, above the limit 0.07933"), printed with
 * formatSignificant at the fewest digits (at least `digits`) at which no two different values
 * print the same.
 */
export function formatApart(xs: readonly number[], digits = 4, locale: string = getLocale()): string[] {
	for (let d = digits; d < 17; d++) {
		const out = xs.map((x) => formatSignificant(x, d, locale));
		if (xs.every((x, i) => xs.every((y, j) => x === y || out[i] !== out[j]))) return out;
	}
	return xs.map((x) => formatSignificant(x, 17, locale));
}

/**
 * Exactly `digits` decimals, trailing zeros kept (for a column of readings that should line up:
 * 2 → "2.00"). Non-finite values print as "—".
 */
export function formatFixed(x: number, digits = 2, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return '—';
	return localize(x.toFixed(digits), locale);
}

/**
 * A count with thousands grouped the reader's way: 12,345 in English, 12.345 in Indonesian (where
 * "12,345" would read as twelve and a bit). Non-finite values print as "—".
 */
export function formatCount(x: number, locale: string = getLocale()): string {
	if (!Number.isFinite(x)) return '—';
	const group = (DECIMAL_MARK[locale] ?? '.') === ',' ? '.' : ',';
	const [whole, frac] = String(Math.abs(x)).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
	return `${x < 0 ? MINUS : ''}${grouped}${frac === undefined ? '' : (DECIMAL_MARK[locale] ?? '.') + frac}`;
}

/** A matrix cell or product term: formatDecimals (at most 3 decimals) with the true minus sign. */
export function formatCell(x: number, locale: string = getLocale()): string {
	return formatDecimals(x, 3, locale).replace(/^-/, MINUS);
}

/** A printed number in brackets when negative, for products written out: 2 × (−1). */
export function asFactor(text: string): string {
	return text.startsWith(MINUS) || text.startsWith('-') ? `(${text})` : text;
}

/** A signed term for a formula: "+ 0.5" / "− 0.5" (significant digits). */
export function formatSignedTerm(x: number, digits = 4, locale: string = getLocale()): string {
	return x < 0
		? `${MINUS} ${formatSignificant(-x, digits, locale)}`
		: `+ ${formatSignificant(x, digits, locale)}`;
}

/**
 * A value for an <input type="number">: plain ASCII, at most 4 decimals, never "-0". Not
 * localized: the browser's number input reads '.' whatever the page's language.
 */
export function formatInputValue(x: number): string {
	const r = +x.toFixed(4);
	return String(Object.is(r, -0) ? 0 : r);
}

/**
 * What a readout's data-value holds (docs/CONTRACT.md, Readouts): the unrounded value as
 * JavaScript prints it, String(x), or '' where the value is undefined (null/undefined).
 */
export function dataValue(x: number | string | boolean | null | undefined): string {
	return x === null || x === undefined ? '' : String(x);
}
