// The global-pooling widget's counts come from the lab's architecture code; here they are
// checked against the dense layer's count written out, (inputs + 1)·units, and the example's
// vectors against Keras's flatten order and each map's maximum done by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MAPS, GlobalPoolingState } from './global-pooling.svelte';

describe('global-pooling state', () => {
	it('dense parameters after flattening and after global pooling are (inputs + 1)·units', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 64 }),
				fc.integer({ min: 1, max: 256 }),
				fc.integer({ min: 1, max: 1024 }),
				(size, channels, units) => {
					const s = new GlobalPoolingState({ size, channels, units });
					expect(s.flatLength).toBe(size * size * channels);
					expect(s.globalLength).toBe(channels);
					expect(s.flatParams).toBe(size * size * channels * units + units);
					expect(s.globalParams).toBe(channels * units + units);
				}
			)
		);
	});

	it('the lab default: 8×8×32 maps into one unit, 2,049 against 33', () => {
		const s = new GlobalPoolingState();
		expect([s.flatParams, s.globalParams]).toEqual([2049, 33]);
		expect(s.query).toBe('');
	});

	it('the example flattens position by position with the maps interleaved, and keeps each maximum', () => {
		const s = new GlobalPoolingState();
		const want: number[] = [];
		for (let r = 0; r < 4; r++)
			for (let c = 0; c < 4; c++) for (let k = 0; k < 3; k++) want.push(EXAMPLE_MAPS[k][r][c]);
		expect(Array.from(s.exampleFlat)).toEqual(want);
		expect(Array.from(s.exampleGlobal)).toEqual([5, 3, 1]);
	});
});
