// Numbers in the reader's language. English writes 1,952.25; Indonesian writes 1.952,25. What a
// page shows follows its language; what a link or a `data-value` holds stays as JavaScript
// prints it (String(x)), so the URL contract is the same in every language.
import { LANG_TAG, type Locale } from './locale';

const SEPARATORS: Record<Locale, { decimal: string; group: string }> = {
	en: { decimal: '.', group: ',' },
	id: { decimal: ',', group: '.' }
};

export function separators(locale: Locale): { decimal: string; group: string } {
	return SEPARATORS[locale];
}

/**
 * Re-punctuate a number string printed the JavaScript way ("-0.554", "1.2e-7", "12345.5") for
 * `locale`: the decimal point becomes the language's decimal sign, and a minus a true minus
 * is left as it was. No grouping is added, so the string stays as short as the one given.
 */
export function localizeDecimal(s: string, locale: Locale): string {
	if (locale === 'en') return s;
	const { decimal } = SEPARATORS[locale];
	// Only points between digits are decimal points (not a sentence's full stop).
	return s.replace(/(\d)\.(\d)/g, `$1${decimal}$2`);
}

/** A number for display in `locale`, with grouping and at most `maxDigits` decimals. */
export function formatNumber(
	x: number,
	locale: Locale,
	opts: { maxDigits?: number; minDigits?: number; grouping?: boolean } = {}
): string {
	if (Number.isNaN(x)) return '—';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	const max = opts.maxDigits ?? 3;
	return new Intl.NumberFormat(LANG_TAG[locale], {
		maximumFractionDigits: max,
		minimumFractionDigits: Math.min(opts.minDigits ?? 0, max),
		useGrouping: opts.grouping ?? true
	})
		.format(x)
		.replace(/^-/, '−');
}

/** `1,952` with `,` grouping: one to three digits, then groups of exactly three. */
function grouped(s: string, group: string): boolean {
	const g = group === '.' ? '\\.' : group;
	return new RegExp(`^\\d{1,3}(${g}\\d{3})+$`).test(s) && !/^0\d/.test(s);
}

/**
 * Read a number typed by a learner on a page in `locale`. Both "0,5" and "0.5" are one half
 * everywhere; where both signs appear the last one is the decimal sign ("1.952,25" and
 * "1,952.25" are 1952.25). A lone sign followed by exactly three digits after a non-zero whole
 * part is read the way the page's language writes it: "1.952" is 1952 in Indonesian and 1.952
 * in English ("1,952" the other way round). Spaces, a leading "+" and the true minus "−" are
 * accepted; an exponent ("1e-5") too. Anything else is `null`, never NaN.
 */
export function parseNumber(text: string, locale: Locale): number | null {
	let s = text
		.trim()
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/^[−–]/, '-')
		.replace(/[eE][−–]/, 'e-');
	if (s === '') return null;
	let sign = '';
	if (/^[+-]/.test(s)) {
		sign = s[0] === '-' ? '-' : '';
		s = s.slice(1);
	}
	let exp = '';
	const e = /[eE][+-]?\d+$/.exec(s);
	if (e) {
		exp = e[0];
		s = s.slice(0, e.index);
	}
	if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
	const dots = (s.match(/\./g) ?? []).length;
	const commas = (s.match(/,/g) ?? []).length;
	let whole: string;
	let frac = '';
	if (dots > 0 && commas > 0) {
		const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
		const group = dec === '.' ? ',' : '.';
		if (s.split(dec).length !== 2) return null;
		[whole, frac] = s.split(dec);
		if (!grouped(whole, group)) return null;
		whole = whole.split(group).join('');
	} else if (dots + commas === 0) {
		whole = s;
	} else {
		const sepChar = dots > 0 ? '.' : ',';
		const parts = s.split(sepChar);
		if (parts.length > 2) {
			if (!grouped(s, sepChar)) return null;
			whole = parts.join('');
		} else {
			const [a, b] = parts;
			const localGroup = SEPARATORS[locale].group;
			if (sepChar === localGroup && b.length === 3 && grouped(s, sepChar) && a !== '0') whole = a + b;
			else [whole, frac] = [a, b];
		}
	}
	if (whole === '' && frac === '') return null;
	if (frac !== '' && !/^\d+$/.test(frac)) return null;
	const x = Number(`${sign}${whole || '0'}${frac ? `.${frac}` : ''}${exp}`);
	return Number.isFinite(x) ? x : null;
}
