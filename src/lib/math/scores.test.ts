import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateScores, SCORE_SETS, SCORE_SET_NAMES } from './scores';
import { rocAuc } from './metrics';

describe('generateScores', () => {
	it('repeats for a seed, gives the asked class sizes and scores in 0…1', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.nat(30),
				fc.nat(30),
				fc.double({ min: 0, max: 6, noNaN: true }),
				(seed, d, o, sep) => {
					const spec = { seed, defective: d, ok: o, separation: sep };
					const a = generateScores(spec);
					expect(generateScores(spec)).toEqual(a);
					expect(a.labels.filter((y) => y === 1)).toHaveLength(d);
					expect(a.labels.filter((y) => y === 0)).toHaveLength(o);
					for (const s of a.scores) expect(s >= 0 && s <= 1).toBe(true);
				}
			)
		);
	});
	it('more separation ranks better (built-in sets order easy > castings > hard)', () => {
		const auc = (n: (typeof SCORE_SET_NAMES)[number]) => {
			const { scores, labels } = generateScores(SCORE_SETS[n]);
			const a = rocAuc(scores, labels);
			return a.ok ? a.value : NaN;
		};
		expect(auc('easy')).toBeGreaterThan(auc('castings'));
		expect(auc('castings')).toBeGreaterThan(auc('hard'));
		expect(auc('hard')).toBeGreaterThan(0.4);
	});
});
