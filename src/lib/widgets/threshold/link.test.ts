import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readParams } from '$lib/embed/params';
import { rocAuc } from '$lib/math/metrics';
import { MAX_LINK_LENGTH, roundScore, thresholdLink } from './link';
import { params } from './params';

/** AUC as the share of (defective, OK) pairs ranked right, ties half: Mann–Whitney, by brute force. */
function pairAuc(scores: number[], labels: number[]) {
	let sum = 0;
	let pairs = 0;
	scores.forEach((p, i) =>
		scores.forEach((q, j) => {
			if (labels[i] === 1 && labels[j] === 0) {
				pairs++;
				sum += p > q ? 1 : p === q ? 0.5 : 0;
			}
		})
	);
	return sum / pairs;
}

const setArb = fc
	.integer({ min: 2, max: 900 })
	.chain((n) =>
		fc.tuple(
			fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
			fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n })
		)
	)
	.filter(([, l]) => l.includes(0) && l.includes(1));

describe('threshold link', () => {
	it('stays under the limit and opens the widget on the same parts, ranked as the link rounds them', () => {
		fc.assert(
			fc.property(setArb, fc.double({ min: 0, max: 1, noNaN: true }), ([scores, labels], thr) => {
				const link = thresholdLink('/base', scores, labels, thr);
				expect(link.ok).toBe(true);
				if (!link.ok) return;
				expect(link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
				expect(link.href.startsWith('/base/embed/threshold/?')).toBe(true);
				const read = readParams(params, link.href.split('?')[1]);
				expect(read.messages).toEqual([]);
				expect(read.values.labels).toEqual(labels);
				read.values.scores.forEach((x, i) =>
					expect(Math.abs(x - scores[i])).toBeLessThanOrEqual(0.5 * 10 ** -link.decimals + 1e-12)
				);
				expect(read.values.threshold).toBeCloseTo(thr, 6);
				// The widget's roc-auc is what the link promises, and within the rounding of the lab's own.
				const widget = rocAuc(read.values.scores, read.values.labels);
				expect(widget.ok && widget.value).toBeCloseTo(link.rocAuc!, 12);
				expect(link.rocAuc!).toBeCloseTo(pairAuc(read.values.scores, labels), 9);
			}),
			{ numRuns: 40 }
		);
	});

	it('keeps 6 decimals for a small set and rounds harder only for a large one (1,000 parts)', () => {
		const small = thresholdLink('', [0.1234567, 0.7654321], [0, 1], 0.5);
		expect(small.ok && small.decimals).toBe(6);
		expect(small.ok && small.href).toBe('/embed/threshold/?scores=0.123457,0.765432&labels=0,1');
		const big = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 1000) / 999.7);
		const link = thresholdLink(
			'',
			big,
			big.map((_, i) => i % 2),
			0.5
		);
		expect(link.ok && link.decimals).toBeLessThan(6);
		expect(link.ok && link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
	});

	it('says why when there is no link to make', () => {
		expect(thresholdLink('', [], [], 0.5)).toEqual({ ok: false, reason: 'empty' });
		expect(thresholdLink('', [0.5], [0, 1], 0.5)).toEqual({ ok: false, reason: 'empty' });
		expect(thresholdLink('', Array(2001).fill(0.5), Array(2001).fill(1), 0.5)).toEqual({
			ok: false,
			reason: 'too-many'
		});
		expect(thresholdLink('', Array(2000).fill(0.123456), Array(2000).fill(1), 0.5, 100)).toEqual({
			ok: false,
			reason: 'too-long'
		});
	});

	it('rounds into [0, 1] without a negative zero', () => {
		expect(Object.is(roundScore(-0.0000001, 3), 0)).toBe(true);
		expect(roundScore(0.99996, 4)).toBe(1);
		expect(roundScore(0.12345, 2)).toBe(0.12);
	});
});
