import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coresToReport, planThreads, reportCoresWhileStarting, TFJS_POOL_SIZE } from './threads';

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

describe('reportCoresWhileStarting', () => {
	// A navigator as browsers make it: hardwareConcurrency is a getter on the prototype.
	const fakeNavigator = (cores: number) =>
		Object.create({
			get hardwareConcurrency() {
				return cores;
			}
		});
	it('shows twice the planned threads (so tfjs grants the plan), then the truth again', () => {
		const nav = fakeNavigator(2);
		const restore = reportCoresWhileStarting(2, nav);
		expect(nav.hardwareConcurrency).toBe(4);
		restore();
		expect(nav.hardwareConcurrency).toBe(2);
		expect(Object.getOwnPropertyNames(nav)).toEqual([]);
	});
	it('leaves one thread, and a missing navigator, alone', () => {
		const nav = fakeNavigator(1);
		reportCoresWhileStarting(1, nav)();
		expect(nav.hardwareConcurrency).toBe(1);
		expect(() => reportCoresWhileStarting(4, undefined)()).not.toThrow();
	});
	it('never reports more than the pool tfjs creates, and always an even count ≥ 2', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 512 }), (n) => {
				const c = coresToReport(n);
				expect(c % 2).toBe(0);
				expect(c / 2).toBe(Math.min(n, TFJS_POOL_SIZE));
			})
		);
	});
	it('plans no more threads than the pool', () => {
		expect(planThreads(true, 64)).toEqual({ threads: TFJS_POOL_SIZE, why: null });
	});
});
