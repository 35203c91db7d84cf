import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channel, rescale01 } from './rescale';

describe('rescale01', () => {
	it('maps min to 0 and max to 1, a constant to 0.5', () => {
		expect(Array.from(rescale01([2, 4, 3]))).toEqual([0, 1, 0.5]);
		expect(Array.from(rescale01([7, 7]))).toEqual([0.5, 0.5]);
	});
	it('stays in 0…1 and keeps the order (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.float({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 2 }),
				(xs) => {
					const r = rescale01(xs);
					return r.every((v) => v >= 0 && v <= 1) && (xs[0] <= xs[1] ? r[0] <= r[1] : r[0] >= r[1]);
				}
			)
		);
	});
});

describe('channel', () => {
	it('picks one channel of channels-last data', () => {
		expect(Array.from(channel([1, 10, 2, 20, 3, 30], 2, 1))).toEqual([10, 20, 30]);
	});
});
