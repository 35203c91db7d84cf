// The receptive-field state keeps a linked size and cell when they fit, and otherwise moves them
// to the nearest that fits and says so, naming the parameter (state.test.ts lists it among the
// widgets that adjust; this checks the adjustment itself against the recurrence done by hand).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParams } from '$lib/embed/params';
import { namesParam } from '$lib/embed/fuzz';
import { ReceptiveFieldState } from './receptive-field.svelte';
import { params } from './params';

const state = (q: string) => new ReceptiveFieldState(readParams(params, q).values);

/** Field of a stack and the last output's side, by hand: r += (k−1)·j, j *= s; n = ⌊(n − k)/s⌋ + 1. */
function byHand(layers: { k: number; s: number }[], size: number) {
	let r = 1,
		j = 1,
		n = size;
	for (const { k, s } of layers) {
		r += (k - 1) * j;
		j *= s;
		n = Math.floor((n - k) / s) + 1;
	}
	return { r, n };
}

const layer = fc.record({
	kind: fc.constantFrom('conv', 'pool'),
	k: fc.integer({ min: 1, max: 5 }),
	s: fc.integer({ min: 1, max: 3 })
});

describe('receptive-field state', () => {
	it('keeps a size and cell that fit, and grows or moves the rest with a message naming them', () => {
		fc.assert(
			fc.property(
				fc.array(layer, { minLength: 1, maxLength: 4 }),
				fc.integer({ min: 1, max: 32 }),
				fc.integer({ min: 0, max: 31 }),
				fc.integer({ min: 0, max: 31 }),
				(layers, size, row, col) => {
					const text = layers.map((l) => `${l.kind}${l.k}s${l.s}`).join(',');
					const s = state(`layers=${text}&size=${size}&row=${row}&col=${col}`);
					const { r } = byHand(layers, 1);
					if (r > 32) {
						expect(s.message).toMatch(/layers/);
						return;
					}
					const used = Math.max(size, r);
					expect(s.size).toBe(used);
					expect(namesParam(s.message, 'size')).toBe(size < r);
					const { n } = byHand(layers, used);
					expect(n).toBeGreaterThanOrEqual(1);
					expect([s.row, s.col]).toEqual([Math.min(row, n - 1), Math.min(col, n - 1)]);
					const moved = row > n - 1 || col > n - 1;
					expect(namesParam(s.message, 'row')).toBe(moved);
					expect(namesParam(s.message, 'col')).toBe(moved);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('size=1 under two 3×3 layers becomes 5, and says so', () => {
		const s = state('size=1&row=0&col=0&channels=1');
		expect(s.size).toBe(5);
		expect(s.query).toBe('size=5&row=0&col=0&channels=1');
		expect(s.message).toContain('Input size 1');
	});

	it('a stack wider than the largest input keeps the default layers, grown to fit, and says both', () => {
		const s = state('layers=conv5s2,conv5s2,conv5s2,conv5s2&size=2');
		expect(s.query).toBe('size=5&row=0&col=0');
		expect(s.message).toMatch(/layers conv5s2,conv5s2,conv5s2,conv5s2 see 61×61/);
		expect(namesParam(s.message, 'size')).toBe(true);
	});
});
