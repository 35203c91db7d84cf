import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	ACTIVATIONS,
	activate,
	activationDerivative,
	applyGradients,
	backprop,
	bce,
	bceFromLogit,
	forward,
	loss,
	sigmoid,
	sse,
	type Activation,
	type Network
} from './nn';

const net: Network = {
	w1: [
		[0.5, -1],
		[1, 1]
	],
	b1: [0, -1],
	w2: [1, -0.5],
	b2: 0.25,
	hidden: 'relu',
	output: 'regression'
};

describe('activations', () => {
	it('match hand-computed values', () => {
		expect(sigmoid(0)).toBe(0.5);
		expect(activate('sigmoid', 2)).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
		expect(activate('tanh', 1)).toBeCloseTo(0.7615941559557649, 15);
		expect(activate('relu', -3)).toBe(0);
		expect(activate('relu', 2.5)).toBe(2.5);
		expect(activate('linear', -4)).toBe(-4);
		expect(activationDerivative('sigmoid', 0)).toBe(0.25);
		expect(activationDerivative('tanh', 0)).toBe(1);
		expect(activationDerivative('relu', -1)).toBe(0);
		expect(activationDerivative('relu', 0)).toBe(0);
		expect(activationDerivative('relu', 1)).toBe(1);
		expect(activationDerivative('linear', 7)).toBe(1);
	});
	it('sigmoid stays in [0, 1] without overflow', () => {
		expect(sigmoid(-1000)).toBe(0);
		expect(sigmoid(1000)).toBe(1);
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (z) => sigmoid(z) >= 0 && sigmoid(z) <= 1)
		);
	});
	it('derivatives agree with finite differences (away from the ReLU kink)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom<Activation>(...ACTIVATIONS),
				fc.double({ min: -6, max: 6, noNaN: true }).filter((z) => Math.abs(z) > 1e-3),
				(g, z) => {
					const h = 1e-6;
					const num = (activate(g, z + h) - activate(g, z - h)) / (2 * h);
					expect(activationDerivative(g, z)).toBeCloseTo(num, 6);
				}
			)
		);
	});
});

describe('losses', () => {
	it('SSE worked example: y = 61.5, ŷ = −0.986 gives ½·62.486² ≈ 1952.25', () => {
		expect(sse(61.5, -0.986)).toBeCloseTo(1952.250098, 6);
		expect(sse([1, 2, 3], [1, 0, 6])).toBe((0 + 4 + 9) / 2);
		expect(() => sse([1], [1, 2])).toThrow();
	});
	it('BCE hand values, and the 0·log 0 = 0 convention', () => {
		expect(bce(1, 0.8)).toBeCloseTo(-Math.log(0.8), 15);
		expect(bce(0, 0.8)).toBeCloseTo(-Math.log(0.2), 15);
		expect(bce(0.5, 0.5)).toBeCloseTo(Math.log(2), 15);
		expect(bce(1, 1)).toBe(0);
		expect(bce(0, 0)).toBe(0);
		expect(bce(1, 0)).toBe(Infinity);
	});
	it('BCE from the logit equals BCE of σ(z)', () => {
		fc.assert(
			fc.property(fc.constantFrom(0, 1), fc.double({ min: -12, max: 12, noNaN: true }), (y, z) => {
				expect(Math.abs(bceFromLogit(y, z) - bce(y, sigmoid(z)))).toBeLessThan(
					1e-8 * Math.max(1, bce(y, sigmoid(z)))
				);
			})
		);
	});
	it('SSE is ≥ 0 and 0 only at a perfect fit', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1 }), (ys) => {
				expect(sse(ys, ys)).toBe(0);
				expect(
					sse(
						ys,
						ys.map((y) => y + 1)
					)
				).toBeCloseTo(ys.length / 2, 6);
				expect(
					sse(
						ys,
						ys.map((y, i) => (i === 0 ? y + 0.5 : y))
					)
				).toBeGreaterThan(0);
			})
		);
	});
});

describe('forward pass and backpropagation', () => {
	it('hand-computed forward pass (ReLU hidden, linear output)', () => {
		const f = forward(net, [1, 2]);
		expect(f.z1).toEqual([-1.5, 2]);
		expect(f.a1).toEqual([0, 2]);
		expect(f.z2).toBe(-0.75);
		expect(f.yhat).toBe(-0.75);
		expect(loss(net, f, 1)).toBe(1.53125);
	});
	it('hand-computed gradients, output layer then hidden', () => {
		const g = backprop(net, forward(net, [1, 2]), 1);
		expect(g.delta2).toBe(-1.75);
		expect(g.w2).toEqual([-0, -3.5]);
		expect(g.b2).toBe(-1.75);
		expect(g.delta1).toEqual([-0, 0.875]);
		expect(g.w1).toEqual([
			[-0, -0],
			[0.875, 1.75]
		]);
		const next = applyGradients(net, g, 0.1);
		expect(next.w2[1]).toBeCloseTo(-0.5 + 0.35, 15);
		expect(next.b2).toBeCloseTo(0.425, 15);
		expect(next.w1[1]).toEqual([1 - 0.1 * 0.875, 1 - 0.1 * 1.75]);
	});
	it('classification: output is σ(z2) and δ2 = q − y', () => {
		const c: Network = { ...net, hidden: 'sigmoid', output: 'classification' };
		const f = forward(c, [1, 2]);
		const a = [sigmoid(-1.5), sigmoid(2)];
		expect(f.yhat).toBeCloseTo(sigmoid(a[0] - 0.5 * a[1] + 0.25), 15);
		expect(backprop(c, f, 1).delta2).toBeCloseTo(f.yhat - 1, 15);
	});

	const arbNet = (hiddenFrom: Activation[]) =>
		fc.record({
			n: fc.integer({ min: 2, max: 3 }),
			h: fc.integer({ min: 2, max: 4 }),
			seedVals: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 24, maxLength: 24 }),
			hidden: fc.constantFrom(...hiddenFrom),
			output: fc.constantFrom('regression' as const, 'classification' as const),
			y: fc.constantFrom(0, 1, 0.3, 2.5)
		});

	it('every gradient agrees with a central finite difference of the loss', () => {
		fc.assert(
			fc.property(arbNet(['sigmoid', 'tanh', 'linear', 'relu']), ({ n, h, seedVals, hidden, output, y }) => {
				let k = 0;
				const v = () => seedVals[k++ % seedVals.length];
				const p: Network = {
					w1: Array.from({ length: h }, () => Array.from({ length: n }, v)),
					b1: Array.from({ length: h }, v),
					w2: Array.from({ length: h }, v),
					b2: v(),
					hidden,
					output
				};
				const x = Array.from({ length: n }, v);
				const f = forward(p, x);
				// Skip ReLU kinks, where the derivative is not defined.
				if (hidden === 'relu' && f.z1.some((z) => Math.abs(z) < 1e-3)) return;
				const yy = output === 'classification' ? Math.min(1, y) : y;
				const g = backprop(p, f, yy);
				const L = (q: Network) => loss(q, forward(q, x), yy);
				const eps = 1e-6;
				const check = (analytic: number, bump: (d: number) => Network) => {
					const num = (L(bump(eps)) - L(bump(-eps))) / (2 * eps);
					expect(Math.abs(analytic - num)).toBeLessThan(1e-5 * Math.max(1, Math.abs(num)));
				};
				check(g.b2, (d) => ({ ...p, b2: p.b2 + d }));
				for (let j = 0; j < h; j++) {
					check(g.w2[j], (d) => ({ ...p, w2: p.w2.map((w, jj) => (jj === j ? w + d : w)) }));
					check(g.b1[j], (d) => ({ ...p, b1: p.b1.map((b, jj) => (jj === j ? b + d : b)) }));
					for (let i = 0; i < n; i++)
						check(g.w1[j][i], (d) => ({
							...p,
							w1: p.w1.map((row, jj) => row.map((w, ii) => (jj === j && ii === i ? w + d : w)))
						}));
				}
			})
		);
	});
	it('a small step against the gradient does not increase the loss', () => {
		fc.assert(
			fc.property(arbNet(['sigmoid', 'tanh']), ({ n, h, seedVals, hidden, output, y }) => {
				let k = 0;
				const v = () => seedVals[k++ % seedVals.length];
				const p: Network = {
					w1: Array.from({ length: h }, () => Array.from({ length: n }, v)),
					b1: Array.from({ length: h }, v),
					w2: Array.from({ length: h }, v),
					b2: v(),
					hidden,
					output
				};
				const x = Array.from({ length: n }, v);
				const yy = output === 'classification' ? Math.min(1, y) : y;
				const before = loss(p, forward(p, x), yy);
				const q = applyGradients(p, backprop(p, forward(p, x), yy), 1e-4);
				expect(loss(q, forward(q, x), yy)).toBeLessThanOrEqual(before + 1e-12);
			})
		);
	});
});
