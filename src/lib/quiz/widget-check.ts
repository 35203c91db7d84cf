// Checking a widget task from the widget's readouts, as plain data: the page reads
// `<output name data-value>` inside the widget and passes the values here.
import type { ReadoutCheck } from './types';

export type Readouts = Record<string, string>;

export type CheckOutcome =
	| { ok: true; check: ReadoutCheck; value: string }
	| {
			ok: false;
			check: ReadoutCheck;
			value: string | null;
			reason: 'missing' | 'undefined' | 'not-number' | 'too-low' | 'too-high' | 'not-equal';
	  };

export function checkReadout(check: ReadoutCheck, readouts: Readouts): CheckOutcome {
	const value = readouts[check.readout];
	if (value === undefined) return { ok: false, check, value: null, reason: 'missing' };
	const numeric = typeof check.equals === 'number' || check.min !== undefined || check.max !== undefined;
	if (!numeric) {
		return check.equals === undefined || value === check.equals
			? { ok: true, check, value }
			: { ok: false, check, value, reason: value === '' ? 'undefined' : 'not-equal' };
	}
	if (value === '') return { ok: false, check, value, reason: 'undefined' };
	// data-value holds String(x) by the contract.
	const x = Number(value.trim());
	if (!Number.isFinite(x)) return { ok: false, check, value, reason: 'not-number' };
	const slack = 1e-9 * Math.max(1, Math.abs(x));
	if (typeof check.equals === 'number' && Math.abs(x - check.equals) > (check.tolerance ?? 0) + slack)
		return { ok: false, check, value, reason: 'not-equal' };
	if (check.min !== undefined && x < check.min - slack) return { ok: false, check, value, reason: 'too-low' };
	if (check.max !== undefined && x > check.max + slack)
		return { ok: false, check, value, reason: 'too-high' };
	return { ok: true, check, value };
}

export function checkReadouts(checks: ReadoutCheck[], readouts: Readouts): CheckOutcome[] {
	return checks.map((c) => checkReadout(c, readouts));
}

/** Same readouts (the widget has not been changed since it appeared). */
export function sameReadouts(a: Readouts, b: Readouts): boolean {
	const ka = Object.keys(a);
	return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** All `<output name data-value>` values inside `root` (first of each name wins). */
export function readReadouts(root: ParentNode): Readouts {
	const out: Readouts = {};
	for (const el of root.querySelectorAll('output[name]')) {
		const name = el.getAttribute('name')!;
		if (!(name in out)) out[name] = el.getAttribute('data-value') ?? '';
	}
	return out;
}
