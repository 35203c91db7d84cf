import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HERO_KERNELS, castingGrid, clampCell, heroMap, heroWindow, scanPath, shade } from './hero';
import { presetMatrix } from '$lib/math/kernels';

/** Cross-correlation without padding for a 3 × 3 kernel, written out directly. */
function direct(g: { h: number; w: number; data: ArrayLike<number> }, k: number[][], r: number, c: number) {
	let s = 0;
	for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += g.data[(r + i) * g.w + c + j] * k[i][j];
	return s;
}

describe('hero', () => {
	const g = castingGrid(40);
	it('draws a casting in whole gray levels with dark pits and light metal', () => {
		expect(g.h).toBe(40);
		const v = Array.from(g.data);
		expect(v.every((x) => Number.isInteger(x) && x >= 0 && x <= 255)).toBe(true);
		expect(Math.max(...v) - Math.min(...v)).toBeGreaterThan(100);
	});
	it('map and window agree with a direct loop at every cell, for every kernel', () => {
		fc.assert(
			fc.property(fc.constantFrom(...HERO_KERNELS), fc.nat(37), fc.nat(37), (k, r, c) => {
				const want = direct(g, presetMatrix(k), r, c);
				const map = heroMap(g, k);
				expect([map.h, map.w]).toEqual([38, 38]);
				expect(map.data[r * 38 + c]).toBeCloseTo(want, 6);
				const win = heroWindow(g, k, r, c);
				expect(win.sum).toBeCloseTo(want, 6);
				expect(win.terms).toHaveLength(9);
			})
		);
	});
	it('edge maps are drawn by strength, sharpen as is', () => {
		expect(Array.from(shade([-3, 2], 'outline'))).toEqual([3, 2]);
		expect(Array.from(shade([-3, 2], 'sharpen'))).toEqual([-3, 2]);
	});
	it('keeps the window inside the picture', () => {
		expect(clampCell(-3, 40)).toBe(0);
		expect(clampCell(40.2, 40)).toBe(39);
		expect(clampCell(Number.NaN, 40)).toBe(0);
		expect(clampCell(12.7, 40)).toBe(12);
	});
	it('the scan visits whole rows, alternating direction, inside the picture', () => {
		const p = scanPath(10, 4);
		expect(p).toHaveLength(20); // rows 2 and 6
		expect(p[0]).toEqual([2, 0]);
		expect(p[10]).toEqual([6, 9]);
		expect(p.every(([r, c]) => r >= 0 && r < 10 && c >= 0 && c < 10)).toBe(true);
	});
});
