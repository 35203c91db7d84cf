// The conv-channels state keeps a linked cell inside the output and says when it moved one,
// naming row/col (state.test.ts lists it among the widgets that adjust); the output size is
// worked out here by hand, ⌊(n + 2p − k)/s⌋ + 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParams } from '$lib/embed/params';
import { namesParam } from '$lib/embed/fuzz';
import { ConvChannelsState } from './conv-channels.svelte';
import { params } from './params';

const state = (q: string) => new ConvChannelsState(readParams(params, q).values);

describe('conv-channels state', () => {
	it('keeps a cell inside the output and moves one outside with a message naming row and col', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 2 }),
				fc.integer({ min: 0, max: 1 }),
				fc.integer({ min: 0, max: 8 }),
				fc.integer({ min: 0, max: 8 }),
				(stride, padding, row, col) => {
					const s = state(`stride=${stride}&padding=${padding}&row=${row}&col=${col}`);
					// the default 5×5 input and 3×3 filter
					const n = Math.floor((5 + 2 * padding - 3) / stride) + 1;
					expect(s.out.h).toBe(n);
					expect([s.row, s.col]).toEqual([Math.min(row, n - 1), Math.min(col, n - 1)]);
					const moved = row >= n || col >= n;
					expect(namesParam(s.message, 'row')).toBe(moved);
					expect(namesParam(s.message, 'col')).toBe(moved);
					if (!moved) expect(s.message).toBe('');
				}
			),
			{ numRuns: 200 }
		);
	});

	it('the link row=0&col=3 names the cell it moved (the 3×3 output has columns 0…2)', () => {
		const s = state('bias=0&row=0&col=3');
		expect(s.query).toBe('bias=0&row=0&col=2');
		expect(s.message).toContain('(0, 3) is outside the output (rows 0…2, columns 0…2)');
	});

	it('a filter that does not fit names the kernel and input and keeps the defaults', () => {
		const s = state('input=1,2;3,4|1,2;3,4|1,2;3,4&row=0&col=0');
		expect(s.query).toBe('row=0&col=0');
		expect(namesParam(s.message, 'kernel')).toBe(true);
		expect(namesParam(s.message, 'input')).toBe(true);
	});
});
