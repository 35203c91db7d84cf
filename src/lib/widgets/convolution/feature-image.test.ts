import { describe, expect, it } from 'vitest';
import { hull, link, mapPixels, mapScale } from './feature-image';

describe('feature-map image', () => {
	it('scales the lowest value to black and the highest to white', () => {
		const values = [-3, 0, 1, 5];
		const scale = mapScale(values);
		expect(scale).toEqual({ lo: -3, hi: 5 });
		const px = mapPixels(values, scale);
		// grey = round(255 · (v + 3) / 8), alpha 255
		expect(Array.from(px)).toEqual([0, 0, 0, 255, 96, 96, 96, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
	});

	it('draws an all-equal map mid-grey and skips values that are not finite', () => {
		expect(mapScale([2, 2, 2])).toEqual({ lo: 2, hi: 2 });
		expect(Array.from(mapPixels([2, 2], { lo: 2, hi: 2 }))).toEqual([128, 128, 128, 255, 128, 128, 128, 255]);
		expect(mapScale([NaN, 4, Infinity, 1])).toEqual({ lo: 1, hi: 4 });
		expect(mapScale([])).toEqual({ lo: 0, hi: 0 });
	});

	it('draws the course example as its output grid', () => {
		// out = 4,3,4;2,4,3;2,3,4: black at 2, white at 4
		const out = [4, 3, 4, 2, 4, 3, 2, 3, 4];
		const px = mapPixels(out, mapScale(out));
		const greys = Array.from({ length: 9 }, (_, i) => px[i * 4]);
		expect(greys).toEqual([255, 128, 255, 0, 255, 128, 0, 128, 255]);
	});
});

describe('window-to-output link', () => {
	it('takes the convex hull of points', () => {
		const h = hull([
			[0, 0],
			[2, 0],
			[1, 1],
			[2, 2],
			[0, 2]
		]);
		expect(h).toHaveLength(4);
		expect(h).not.toContainEqual([1, 1]);
	});

	it('bridges a window to a cell on its right with a top and a bottom line', () => {
		// the hull's edges reach the cell's far corners, passing just outside its near ones
		const { bridges } = link({ x: 0, y: 0, w: 30, h: 30 }, { x: 100, y: 10, w: 10, h: 10 });
		const sorted = bridges.map((b) => [...b].sort((p, q) => p[0] - q[0])).sort((a, b) => a[0][1] - b[0][1]);
		expect(sorted).toEqual([
			[
				[30, 0],
				[110, 10]
			],
			[
				[30, 30],
				[110, 20]
			]
		]);
	});

	it('bridges a window to a cell below it', () => {
		const { bridges } = link({ x: 0, y: 0, w: 30, h: 30 }, { x: 10, y: 200, w: 10, h: 10 });
		expect(bridges).toHaveLength(2);
		for (const [p, q] of bridges) expect(Math.min(p[1], q[1])).toBeLessThanOrEqual(30);
		for (const [p, q] of bridges) expect(Math.max(p[1], q[1])).toBe(210);
	});

	it('has no bridge when the cell lies inside the window', () => {
		expect(link({ x: 0, y: 0, w: 30, h: 30 }, { x: 10, y: 10, w: 5, h: 5 }).bridges).toEqual([]);
	});
});
