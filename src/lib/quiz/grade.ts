// Grading, separate from the page so it is tested on its own.
import { getLocale, type Locale } from '$lib/i18n';
import { parseNumber } from '$lib/i18n/number';
import type { Question } from './types';
import { checkReadouts, sameReadouts, type Readouts } from './widget-check';

export type Verdict = 'right' | 'wrong' | 'empty' | 'unreadable';

/**
 * Read a typed number the way a person writes it: "0.75", "0,75" (comma decimal), "3/4",
 * "75%", " 1 952.25 ", "1e-3", and in the page's language: "1.952,25" is 1952.25 on an
 * Indonesian page as "1,952.25" is on an English one (src/lib/i18n/number.ts parseNumber reads
 * each number). Returns null when it is not a number.
 */
export function readNumber(text: string, locale: Locale = getLocale()): number | null {
	let s = text
		.trim()
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/−/g, '-');
	if (s === '') return null;
	let scale = 1;
	if (s.endsWith('%')) {
		scale = 0.01;
		s = s.slice(0, -1);
	}
	const frac = /^([+-]?[\d.,]+)\/([\d.,]+)$/.exec(s);
	if (frac) {
		const a = parseNumber(frac[1], locale);
		const b = parseNumber(frac[2], locale);
		return a === null || b === null || b === 0 ? null : (a / b) * scale;
	}
	// A single comma and no dot is a decimal comma in every language ("0,75", "426,325"), as this
	// reader has always had it; the rest (grouping, both signs) is read in the page's language.
	if (/^[+-]?\d+,\d+$/.test(s)) return Number(s.replace(',', '.')) * scale;
	const x = parseNumber(s, locale);
	return x === null ? null : x * scale;
}

/**
 * A response: the chosen indices for choice questions, the typed text for numeric ones, the
 * widget's readouts (now and when it appeared) for widget tasks.
 */
export type Response = { chosen: number[] } | { text: string } | { readouts: Readouts; start?: Readouts };

export function grade(q: Question, r: Response): Verdict {
	if (q.kind === 'numeric') {
		const text = 'text' in r ? r.text : '';
		if (text.trim() === '') return 'empty';
		const x = readNumber(text);
		if (x === null) return 'unreadable';
		// A little slack for float noise in the reference answer itself.
		return Math.abs(x - q.answer) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.answer)) ? 'right' : 'wrong';
	}
	if (q.kind === 'widget') {
		const readouts = 'readouts' in r ? r.readouts : {};
		if (Object.keys(readouts).length === 0) return 'empty';
		if ('readouts' in r && r.start && sameReadouts(r.start, readouts)) return 'empty';
		return checkReadouts(q.checks, readouts).every((o) => o.ok) ? 'right' : 'wrong';
	}
	const chosen = 'chosen' in r ? r.chosen : [];
	if (chosen.length === 0) return 'empty';
	const correct = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
	const same = chosen.length === correct.length && correct.every((i) => chosen.includes(i));
	return same ? 'right' : 'wrong';
}
