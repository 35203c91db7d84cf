import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accuracyAt, binaryCrossEntropy, EPSILON } from './loss';

describe('binaryCrossEntropy', () => {
	it('hand-computed values', () => {
		expect(binaryCrossEntropy([0.5], [1])).toBeCloseTo(Math.log(2), 12);
		expect(binaryCrossEntropy([0.9, 0.2], [1, 0])).toBeCloseTo((-Math.log(0.9) - Math.log(0.8)) / 2, 12);
		expect(binaryCrossEntropy([0], [1])).toBeCloseTo(-Math.log(EPSILON), 6);
	});
	it('is undefined for empty or unequal lists', () => {
		expect(binaryCrossEntropy([], [])).toBeUndefined();
		expect(binaryCrossEntropy([0.1], [])).toBeUndefined();
	});
	it('is finite and ≥ 0 for any probabilities (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })), {
					minLength: 1
				}),
				(xs) => {
					const v = binaryCrossEntropy(
						xs.map((x) => x[0]),
						xs.map((x) => x[1])
					)!;
					return Number.isFinite(v) && v >= 0;
				}
			)
		);
	});
});

describe('accuracyAt', () => {
	it('counts a score equal to the threshold as positive', () => {
		expect(accuracyAt([0.5, 0.49, 0.7, 0.1], [1, 0, 0, 0], 0.5)).toBe(0.75);
		expect(accuracyAt([], [])).toBeUndefined();
	});
});
