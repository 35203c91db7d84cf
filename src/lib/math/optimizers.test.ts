import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adamPath, divergedAt, gdPath, lineGrad, momentumPath, sgdLinePath } from './optimizers';
import { leastSquares } from './linear';
import { LOSS_2D } from './gd';

const valley = (p: readonly number[]) => LOSS_2D.valley.grad(p[0], p[1]) as number[];
const num = fc.double({ min: -5, max: 5, noNaN: true });
/** Away from 0, so the gradient has a sign. */
const away = fc
	.tuple(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.boolean())
	.map(([v, neg]) => (neg ? -v : v));

describe('optimizers', () => {
	it('momentum with β = 0 is plain gradient descent', () => {
		fc.assert(
			fc.property(num, num, fc.double({ min: 0.001, max: 0.4, noNaN: true }), (x, y, lr) => {
				expect(momentumPath(valley, [x, y], lr, 0, 20)).toEqual(gdPath(valley, [x, y], lr, 20));
			})
		);
	});

	it('momentum matches the closed form on a 1-D quadratic f = a·x²/2 (linear recurrence)', () => {
		// x_{t+1} = (1 + β − lr·a)·x_t − β·x_{t−1}, with x_1 = (1 − lr·a)·x_0.
		fc.assert(
			fc.property(
				num,
				fc.double({ min: 0.1, max: 3, noNaN: true }),
				fc.double({ min: 0, max: 0.95, noNaN: true }),
				(x0, a, beta) => {
					const lr = 0.1;
					const path = momentumPath((p) => [a * p[0]], [x0], lr, beta, 15).map((p) => p[0]);
					let prev = x0,
						cur = (1 - lr * a) * x0;
					expect(path[1]).toBeCloseTo(cur, 10);
					for (let t = 2; t <= 15; t++) {
						[prev, cur] = [cur, (1 + beta - lr * a) * cur - beta * prev];
						expect(path[t]).toBeCloseTo(cur, 8);
					}
				}
			)
		);
	});

	it("Adam's first step is lr·sign(g) (bias correction cancels the zero start), eps aside", () => {
		fc.assert(
			fc.property(away, away, fc.double({ min: 0.001, max: 1, noNaN: true }), (x, y, lr) => {
				const [, p1] = adamPath(valley, [x, y], lr, { beta1: 0.9, beta2: 0.999, eps: 1e-12 }, 1);
				expect(p1[0]).toBeCloseTo(x - lr * Math.sign(x), 6);
				expect(p1[1]).toBeCloseTo(y - lr * Math.sign(y), 6);
			})
		);
	});

	it('Adam with a constant gradient steps lr each time (m̂ = g, û = g²)', () => {
		const path = adamPath(() => [3], [0], 0.05, { beta1: 0.9, beta2: 0.999, eps: 0 }, 10);
		path.forEach((p, t) => expect(p[0]).toBeCloseTo(-0.05 * t, 10));
	});
});

describe('mini-batch SGD on a line fit', () => {
	const pts = [0, 1, 2, 3, 4, 5].map((x) => ({ x, y: 2 * x - 1 + (x % 2 ? 0.3 : -0.3) }));
	it('with the whole set as the batch it is full-batch gradient descent', () => {
		const sgd = sgdLinePath(pts, [0, 0], 0.05, pts.length, 30, 7);
		const gd = gdPath(lineGrad(pts), [0, 0], 0.05, 30);
		sgd.forEach((p, t) => p.forEach((v, i) => expect(v).toBeCloseTo(gd[t][i], 10)));
	});
	it('is repeatable from its seed and approaches the least-squares line', () => {
		const a = sgdLinePath(pts, [0, 0], 0.02, 2, 3000, 3);
		expect(sgdLinePath(pts, [0, 0], 0.02, 2, 3000, 3)).toEqual(a);
		const ls = leastSquares(pts)!;
		expect(a.at(-1)![0]).toBeCloseTo(ls.w, 1);
		expect(a.at(-1)![1]).toBeCloseTo(ls.b, 0);
	});
});

describe('divergedAt', () => {
	it('finds the first step past the limit on a quadratic that gradient descent overshoots', () => {
		// f = x²: x_t = (1 − 2·lr)^t·x0; with lr = 1.5, |x_t| = 2^t, past 1e6 first at t = 20.
		const path = gdPath((p) => [2 * p[0]], [1], 1.5, 30);
		expect(divergedAt(path)).toBe(20);
		expect(Math.abs(path[19][0])).toBeLessThanOrEqual(1e6);
		expect(divergedAt(gdPath((p) => [2 * p[0]], [1], 0.1, 30))).toBeNull();
		expect(
			divergedAt([
				[0, 0],
				[NaN, 1]
			])
		).toBe(1);
	});
});
