import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNetwork, checkTarget } from './network-params';

describe('checkTarget: each output kind has its own range for y', () => {
	it('classification keeps 0 and 1 and moves anything else to the nearer label, saying so', () => {
		expect(checkTarget(1, 'classification')).toEqual({ y: 1 });
		expect(checkTarget(0, 'classification')).toEqual({ y: 0 });
		fc.assert(
			fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (y) => {
				fc.pre(y !== 0 && y !== 1);
				const r = checkTarget(y, 'classification');
				expect(r.y).toBe(y >= 0.5 ? 1 : 0);
				expect(r.message).toContain(`y = ${y}`);
			})
		);
	});
	it('regression keeps any value', () => {
		fc.assert(
			fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (y) => {
				expect(checkTarget(y, 'regression')).toEqual({ y });
			})
		);
	});
	it('checkNetwork passes the checked target on, also when it falls back to the default network', () => {
		expect(checkNetwork({ output: 'classification', y: 3 }).y).toBe(1);
		const bad = checkNetwork({ output: 'classification', y: -1, x: [1, 2, 3, 4] });
		expect(bad.y).toBe(0);
		expect(bad.messages.length).toBe(2);
	});
});
