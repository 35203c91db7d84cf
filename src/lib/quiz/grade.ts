// Grading, separate from the page so it is tested on its own.
import type { Question } from './types';
import { checkReadouts, sameReadouts, type Readouts } from './widget-check';

export type Verdict = 'right' | 'wrong' | 'empty' | 'unreadable';

/**
 * Read a typed number the way a person writes it: "0.75", "0,75" (comma decimal), "3/4",
 * "75%", " 1 952.25 ", "1e-3". Returns null when it is not a number.
 */
export function readNumber(text: string): number | null {
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
	const frac = /^([+-]?\d+(?:[.,]\d+)?)\/(\d+(?:[.,]\d+)?)$/.exec(s);
	if (frac) {
		const a = Number(frac[1].replace(',', '.'));
		const b = Number(frac[2].replace(',', '.'));
		return b === 0 ? null : (a / b) * scale;
	}
	// A single comma with no dot is a decimal comma ("0,75"); commas with a dot are thousands.
	if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
	else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
	const x = Number(s) * scale;
	return Number.isFinite(x) ? x : null;
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
