import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normal, randInt, rng, shuffle } from './rng';

describe('rng', () => {
	it('repeats exactly for a seed and differs between seeds', () => {
		const a = rng(42),
			b = rng(42),
			c = rng(43);
		const xs = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(xs);
		expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
	});
	it('stays in [0, 1) and is roughly uniform', () => {
		const r = rng(1);
		let sum = 0;
		for (let i = 0; i < 20000; i++) {
			const x = r();
			expect(x >= 0 && x < 1).toBe(true);
			sum += x;
		}
		expect(sum / 20000).toBeCloseTo(0.5, 1);
	});
	it('randInt covers its inclusive range', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: -50, max: 50 }),
				fc.integer({ min: 0, max: 20 }),
				(seed, lo, span) => {
					const r = rng(seed);
					for (let i = 0; i < 20; i++) {
						const x = randInt(r, lo, lo + span);
						expect(x >= lo && x <= lo + span && Number.isInteger(x)).toBe(true);
					}
				}
			)
		);
	});
	it('normal has mean 0 and sd 1', () => {
		const r = rng(7);
		const xs = Array.from({ length: 20000 }, () => normal(r));
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
		expect(Math.abs(mean)).toBeLessThan(0.03);
		expect(Math.abs(sd - 1)).toBeLessThan(0.03);
	});
	it('shuffle is a permutation', () => {
		const r = rng(3);
		const s = shuffle(r, [1, 2, 3, 4, 5, 6]);
		expect([...s].sort()).toEqual([1, 2, 3, 4, 5, 6]);
	});
});
