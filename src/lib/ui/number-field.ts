/**
 * What a typed number does: kept when it is a number in range (a whole one where the field needs
 * one), else refused with a message that names the field, says what it accepts and which value
 * stays in use. The state behind a field never sees a refused value. Plain TypeScript (tested on
 * its own); src/lib/ui/NumberBox.svelte renders it.
 */
import { getLocale, t } from '$lib/i18n';
import { parseNumber } from '$lib/i18n/number';

export interface FieldRule {
	/** The field's name as its label shows it. */
	label: string;
	min: number;
	max: number;
	/** Whole numbers only. */
	integer?: boolean;
}

export type Typed = { ok: true; value: number } | { ok: false; message: string };

/** Read `text` (what the box holds; '' when a number box holds something it cannot parse). */
export function readTyped(text: string, rule: FieldRule, kept: number): Typed {
	// Decimal notation only (never "0x20", "0b1" or "" as 0), read in the page's language:
	// "0,5" and "0.5" alike, and "1.952,25" is 1952.25 (src/lib/i18n/number.ts).
	const x = parseNumber(text, getLocale()) ?? NaN;
	const vars = { field: rule.label, min: rule.min, max: rule.max, kept };
	const wanted = rule.integer ? 'field.problem.want-integer' : 'field.problem.want-number';
	if (!Number.isFinite(x)) return { ok: false, message: t(wanted, vars) };
	if (rule.integer && !Number.isInteger(x)) return { ok: false, message: t(wanted, vars) };
	if (x < rule.min || x > rule.max) return { ok: false, message: t(wanted, vars) };
	// −0 is 0: a field never shows "-0".
	return { ok: true, value: x === 0 ? 0 : x };
}
