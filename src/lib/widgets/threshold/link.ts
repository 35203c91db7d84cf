// A link that opens the threshold widget on a trained model's own test scores and labels
// (issue 18, item 4), rounded only as much as the link's length needs.
import { writeParams } from '$lib/embed/params';
import { rocAuc } from '$lib/math/metrics';
import { MAX_PARTS, params } from './params';

/** Links stay under 8,000 characters: what browsers, servers and learning platforms reliably pass on. */
export const MAX_LINK_LENGTH = 8000;

export type ThresholdLink =
	| { ok: true; href: string; decimals: number; rocAuc: number | null }
	| { ok: false; reason: 'empty' | 'too-many' | 'too-long' };

/** Round to `d` decimals, kept in [0, 1]; −0 becomes 0. */
export function roundScore(x: number, d: number): number {
	const f = 10 ** d;
	return Math.min(1, Math.max(0, Math.round(x * f) / f)) + 0;
}

/**
 * The threshold widget's link for these scores (P(defective)) and labels (1 = defective): the most
 * decimals, from 6 down to 2, that keep it within `maxLength` characters. `rocAuc` is that of the
 * scores as the link carries them, which is what the widget will show.
 */
export function thresholdLink(
	prefix: string,
	scores: readonly number[],
	labels: readonly number[],
	threshold: number,
	maxLength = MAX_LINK_LENGTH
): ThresholdLink {
	if (!scores.length || scores.length !== labels.length) return { ok: false, reason: 'empty' };
	if (scores.length > MAX_PARTS) return { ok: false, reason: 'too-many' };
	for (let d = 6; d >= 2; d--) {
		const rounded = scores.map((x) => roundScore(x, d));
		const query = writeParams(params, {
			scores: rounded,
			labels: labels.map((l) => (l ? 1 : 0)),
			threshold: roundScore(threshold, 6)
		});
		const href = `${prefix}/embed/threshold/?${query}`;
		if (href.length <= maxLength) {
			const auc = rocAuc(rounded, labels);
			return { ok: true, href, decimals: d, rocAuc: auc.ok ? auc.value : null };
		}
	}
	return { ok: false, reason: 'too-long' };
}
