import { describe, expect, it } from 'vitest';
import { readParams } from '$lib/embed/params';
import { toRows } from '$lib/math/conv';
import { ConvolutionState } from './convolution.svelte';
import { params } from './params';

const fromQuery = (q: string) => new ConvolutionState(readParams(params, q).values);

describe('ConvolutionState', () => {
	it('starts on the worked example', () => {
		const s = fromQuery('');
		expect(toRows(s.out)).toEqual([
			[4, 3, 4],
			[2, 4, 3],
			[2, 3, 4]
		]);
		expect(s.win.sum).toBe(4);
	});
	it('refuses a kernel that does not fit, keeping the last good state', () => {
		const s = fromQuery('');
		s.setKernelSize(7, 3);
		expect(s.kGrid.h).toBe(3);
		expect(s.layoutMessage).toContain('does not fit');
		s.setPadding(1);
		s.setKernelSize(7, 3);
		expect(s.kGrid.h).toBe(7);
		expect(s.layoutMessage).toBe('');
	});
	it('keeps the last good weight when a typed value is not a number', () => {
		const s = fromQuery('');
		s.setKernelCell(0, 0, '2');
		s.setKernelCell(1, 1, 'x');
		expect(s.kernel[0][0]).toBe(2);
		expect(s.kernel[1][1]).toBe(1);
		expect(s.kernelMessage).toContain('“x”');
		s.setKernelCell(1, 1, '1e9');
		expect(s.kernel[1][1]).toBe(1);
	});
	it('clamps the kernel position into the output and walks it row by row', () => {
		const s = fromQuery('row=9&col=1');
		expect([s.row, s.col]).toEqual([2, 1]);
		s.step();
		expect([s.row, s.col]).toEqual([2, 2]);
		s.step();
		expect([s.row, s.col]).toEqual([0, 0]);
	});
	it('Share’s query reopens the same state', () => {
		const s = fromQuery('image=casting-pit&kernel=sobel-x&stride=2&padding=same&row=1&col=2');
		s.setKernelCell(0, 0, '-3');
		const t = fromQuery(s.query);
		expect(toRows(t.out)).toEqual(toRows(s.out));
		expect([t.row, t.col, t.stride, t.padding]).toEqual([1, 2, 2, 'same']);
	});
});
