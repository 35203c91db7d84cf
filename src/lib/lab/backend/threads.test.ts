import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planThreads } from './threads';

describe('planThreads', () => {
	it('uses every core on an isolated page', () => {
		expect(planThreads(true, 2)).toEqual({ threads: 2, why: null });
		expect(planThreads(true, 8)).toEqual({ threads: 8, why: null });
	});
	it('falls back to one thread, saying why', () => {
		expect(planThreads(false, 8)).toEqual({ threads: 1, why: 'not-isolated' });
		expect(planThreads(true, 1)).toEqual({ threads: 1, why: 'one-core' });
		expect(planThreads(true, undefined)).toEqual({ threads: 1, why: 'one-core' });
		expect(planThreads(true, Number.NaN)).toEqual({ threads: 1, why: 'one-core' });
	});
	it('never asks for fewer than one thread or more than the cores', () => {
		fc.assert(
			fc.property(fc.boolean(), fc.oneof(fc.double(), fc.integer({ min: -4, max: 256 })), (iso, cores) => {
				const { threads, why } = planThreads(iso, cores);
				expect(Number.isInteger(threads) && threads >= 1).toBe(true);
				if (threads > 1) expect(threads).toBeLessThanOrEqual(cores);
				expect(why === null).toBe(threads > 1);
			})
		);
	});
});
