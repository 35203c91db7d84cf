// The parameters of /embed/quiz/<slug>/ (seed, n, question), read with the same params-table
// machinery as every widget's embed link, and the seeded choice of which questions to ask.
import { t } from '$lib/i18n';
import { rng, shuffle } from '$lib/math/rng';
import type { Response } from '$lib/quiz/grade';
import type { Question } from '$lib/quiz/types';
import { int, type Param, type ParamTable } from './params';

/** The largest quiz seed a link may carry (clamped above). */
export const MAX_SEED = 999_999;

/** One of the lesson's question ids, or null for the whole quiz. */
function questionParam(ids: readonly string[]): Param<string | null> {
	return {
		default: null,
		parse(raw) {
			const hit = ids.find((id) => id === raw);
			return hit !== undefined
				? { ok: true, value: hit }
				: {
						ok: false,
						problem:
							raw === ''
								? t('param.problem.empty')
								: t('param.problem.choice', { value: raw, choices: ids.join(', ') })
					};
		},
		format: (v) => v ?? ''
	};
}

/** The table for a quiz of `ids.length` questions: `seed`, `n` (1…all, all), `question` (one id). */
export function quizParams(ids: readonly string[]) {
	return {
		seed: int({ min: 0, max: MAX_SEED, default: 0 }),
		n: int({ min: 1, max: Math.max(1, ids.length), default: ids.length }),
		question: questionParam(ids)
	} satisfies ParamTable;
}

/**
 * Which questions a quiz variant asks, as indices into the lesson's list, in lesson order:
 * all of them when n ≥ total, otherwise n of them chosen by the seed (so another seed asks others).
 */
export function pickQuestions(total: number, seed: number, n: number): number[] {
	const all = Array.from({ length: total }, (_, i) => i);
	if (n >= total) return all;
	const k = Math.max(0, Math.floor(n));
	return shuffle(rng((seed ^ 0x5eed5) >>> 0), all)
		.slice(0, k)
		.sort((a, b) => a - b);
}

/** A learner's answer as text, for an xAPI statement's `result.response`. */
export function responseText(q: Question, r: Response | undefined): string {
	if (!r) return '';
	if ('chosen' in r && (q.kind === 'single' || q.kind === 'multiple'))
		return r.chosen
			.filter((i) => i >= 0 && i < q.choices.length)
			.map((i) => q.choices[i].text)
			.join('; ');
	if ('text' in r) return r.text.trim();
	if ('readouts' in r && q.kind === 'widget')
		return q.checks.map((c) => `${c.readout}=${r.readouts[c.readout] ?? ''}`).join(', ');
	return '';
}

/** The answers to keep between launches (choices and typed text; a widget's state is not kept). */
export function keptResponses(responses: Record<string, Response>): Record<string, number[] | string> {
	const out: Record<string, number[] | string> = {};
	for (const [id, r] of Object.entries(responses)) {
		if ('chosen' in r) out[id] = r.chosen;
		else if ('text' in r) out[id] = r.text;
	}
	return out;
}

/** Kept answers back into responses, dropping any that no longer fit the question. */
export function restoreResponses(
	questions: Question[],
	kept: Record<string, number[] | string>
): Record<string, Response> {
	const out: Record<string, Response> = {};
	for (const q of questions) {
		const v = Object.prototype.hasOwnProperty.call(kept, q.id) ? kept[q.id] : undefined;
		if (v === undefined) continue;
		if ((q.kind === 'single' || q.kind === 'multiple') && Array.isArray(v)) {
			const chosen = v.filter((i) => i < q.choices.length);
			if (chosen.length > 0 && (q.kind === 'multiple' || chosen.length === 1)) out[q.id] = { chosen };
		} else if (q.kind === 'numeric' && typeof v === 'string') out[q.id] = { text: v };
	}
	return out;
}
