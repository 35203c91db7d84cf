import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { halfSse, leastSquares, predict } from './linear';

describe('linear model', () => {
	it('predicts w·x + b (the lesson’s example: 0.9 × 25 + 2 = 24.5)', () => {
		expect(predict(0.9, 2, 25)).toBe(24.5);
	});
	it('halves the sum of squared errors', () => {
		expect(halfSse([{ x: 0, y: 61.5 }], 0, -0.986)).toBeCloseTo(1952.25, 2);
		expect(
			halfSse(
				[
					{ x: 1, y: 3 },
					{ x: 2, y: 5 }
				],
				2,
				1
			)
		).toBe(0);
		expect(
			halfSse(
				[
					{ x: 1, y: 0 },
					{ x: 2, y: 0 }
				],
				1,
				0
			)
		).toBe(2.5);
	});
	it('recovers an exact line', () => {
		const fit = leastSquares([0, 1, 2, 3].map((x) => ({ x, y: 3 * x - 2 })))!;
		expect(fit.w).toBeCloseTo(3, 12);
		expect(fit.b).toBeCloseTo(-2, 12);
	});
	it('refuses when no line is defined', () => {
		expect(leastSquares([])).toBeNull();
		expect(leastSquares([{ x: 1, y: 2 }])).toBeNull();
		expect(
			leastSquares([
				{ x: 1, y: 2 },
				{ x: 1, y: 5 }
			])
		).toBeNull();
	});
	it('no nearby line has a smaller error than the least-squares line', () => {
		const pts = fc.array(
			fc.record({ x: fc.integer({ min: -20, max: 20 }), y: fc.integer({ min: -50, max: 50 }) }),
			{ minLength: 2, maxLength: 15 }
		);
		fc.assert(
			fc.property(
				pts,
				fc.double({ min: -1, max: 1, noNaN: true }),
				fc.double({ min: -1, max: 1, noNaN: true }),
				(points, dw, db) => {
					const fit = leastSquares(points);
					if (!fit) return;
					const best = halfSse(points, fit.w, fit.b);
					expect(halfSse(points, fit.w + dw, fit.b + db)).toBeGreaterThanOrEqual(best - 1e-9 * (1 + best));
				}
			)
		);
	});
});
