import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dot, linearPredict, solveForX } from './linear';

describe('linear model', () => {
	it.each([
		[[2], [3], 1, 7],
		[[0.5, -1], [4, 2], 3, 3],
		[[1.5, 2, -0.5], [2, 0, 4], -1, 0],
		[[], [], 2.5, 2.5]
	])('w=%j x=%j b=%d gives %d', (w, x, b, y) => expect(linearPredict(w, x, b)).toBeCloseTo(y, 12));

	it('refuses vectors of different lengths', () => expect(() => dot([1, 2], [1])).toThrow(RangeError));

	it('is linear in x and shifts by b', () => {
		const small = fc.double({ min: -100, max: 100, noNaN: true });
		fc.assert(
			fc.property(
				fc.array(fc.tuple(small, small, small), { minLength: 1, maxLength: 6 }),
				small,
				small,
				(rows, b, k) => {
					const w = rows.map((r) => r[0]);
					const x = rows.map((r) => r[1]);
					const z = rows.map((r) => r[2]);
					const sum = x.map((xi, i) => xi + z[i]);
					const lhs = linearPredict(w, sum, b);
					const rhs = linearPredict(w, x, b) + linearPredict(w, z, 0);
					expect(lhs).toBeCloseTo(rhs, 6);
					expect(linearPredict(w, x, b + k) - linearPredict(w, x, b)).toBeCloseTo(k, 6);
				}
			)
		);
	});

	it('solveForX inverts a one-feature model', () => {
		expect(solveForX(0, 1, 5)).toBeNull();
		const nz = fc.double({ min: 0.1, max: 10, noNaN: true });
		const v = fc.double({ min: -50, max: 50, noNaN: true });
		fc.assert(
			fc.property(nz, v, v, (w, b, y) => {
				const x = solveForX(w, b, y)!;
				expect(linearPredict([w], [x], b)).toBeCloseTo(y, 6);
			})
		);
	});
});
