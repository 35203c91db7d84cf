import { describe, expect, it } from 'vitest';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { partThumb, THUMB_PX } from './thumbs';

describe('partThumb', () => {
	it('draws the same picture for the same part, whatever was drawn before', () => {
		const a = partThumb('castings', 12, 1);
		partThumb('castings', 13, 0);
		const b = partThumb('castings', 12, 1);
		expect(b.pixels).toEqual(a.pixels);
		expect(a.size).toBe(THUMB_PX);
		expect(a.pixels).toHaveLength(THUMB_PX * THUMB_PX);
	});

	it('draws a defect exactly when the part is defective, with a circle round each', () => {
		const { labels } = generateScores(SCORE_SETS.castings);
		labels.forEach((label, i) => {
			const p = partThumb('castings', i + 1, label, 32);
			if (label === 1) {
				expect(p.kinds.length).toBeGreaterThanOrEqual(1);
				expect(p.marks).toHaveLength(p.kinds.length);
				for (const m of p.marks) {
					expect(m.row).toBeGreaterThan(-1);
					expect(m.row).toBeLessThan(32);
					expect(m.col).toBeGreaterThan(-1);
					expect(m.col).toBeLessThan(32);
				}
			} else {
				expect(p.kinds).toEqual([]);
				expect(p.marks).toEqual([]);
			}
		});
	});

	it('draws different parts for different numbers and sets, each a picture, not a flat field', () => {
		const a = partThumb('castings', 1, 0, 32).pixels;
		const b = partThumb('castings', 2, 0, 32).pixels;
		const c = partThumb('hard', 1, 0, 32).pixels;
		expect(b).not.toEqual(a);
		expect(c).not.toEqual(a);
		const lo = Math.min(...a);
		const hi = Math.max(...a);
		expect(hi - lo).toBeGreaterThan(80);
	});
});
