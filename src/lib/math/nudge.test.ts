import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backpropGradient, numericGradient, parseParam, type ParamRef } from './nudge';
import type { Network } from './nn';

const w = fc.double({ min: -2, max: 2, noNaN: true });
const netArb = fc.record({
	w1: fc.array(fc.array(w, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 }),
	b1: fc.array(w, { minLength: 2, maxLength: 2 }),
	w2: fc.array(w, { minLength: 2, maxLength: 2 }),
	b2: w,
	hidden: fc.constantFrom<'sigmoid' | 'tanh'>('sigmoid', 'tanh'),
	output: fc.constantFrom<'regression' | 'classification'>('regression', 'classification')
}) as fc.Arbitrary<Network>;
const NAMES = ['w1-1-1', 'w1-1-2', 'w1-2-1', 'w1-2-2', 'b1-1', 'b1-2', 'w2-1', 'w2-2', 'b2'];

describe('nudge', () => {
	it('the central difference agrees with backprop on smooth networks', () => {
		fc.assert(
			fc.property(netArb, w, w, fc.constantFrom(0, 1), fc.constantFrom(...NAMES), (net, x1, x2, y, name) => {
				const p = parseParam(name, net) as ParamRef;
				const num = numericGradient(net, [x1, x2], y, p, 1e-5);
				const ana = backpropGradient(net, [x1, x2], y, p);
				expect(Math.abs(num - ana)).toBeLessThan(1e-5 * (1 + Math.abs(ana)));
			})
		);
	});

	it('is exact for a loss quadratic in the parameter (b2 under SSE), whatever h', () => {
		const net: Network = { w1: [[1, 0]], b1: [0], w2: [2], b2: 0.5, hidden: 'linear', output: 'regression' };
		// L = (2·x1 + b2 − y)²/2 ⇒ ∂L/∂b2 = 2·x1 + b2 − y
		const p = parseParam('b2', net) as ParamRef;
		for (const h of [1, 0.1, 1e-3]) expect(numericGradient(net, [1, 0], 0, p, h)).toBeCloseTo(2.5, 9);
	});

	it('names parameters as the stepper does and refuses others', () => {
		const net: Network = { w1: [[1, 0]], b1: [0], w2: [2], b2: 0, hidden: 'linear', output: 'regression' };
		expect(parseParam('w1-1-2', net)).toEqual({ kind: 'w1', j: 0, i: 1 });
		expect(parseParam('w1-2-1', net)).toBeNull();
		expect(parseParam('w3', net)).toBeNull();
		expect(() => numericGradient(net, [1, 0], 0, { kind: 'b2' }, 0)).toThrow(/h/);
	});
});
