import { describe, expect, it } from 'vitest';
import { toBytes, toUnit } from './pixels';
import { rgbaToGray } from './decode';

describe('pixel storage', () => {
	it('rounds floats to the nearest byte and clamps, NaN to 0', () => {
		expect(Array.from(toBytes([0, 1, 0.5, 0.501, 1 / 255, 0.4 / 255, -0.2, 1.7, NaN]))).toEqual([
			0, 255, 128, 128, 1, 0, 0, 255, 0
		]);
	});
	it('RGBA → gray uses luminance weights (0.299, 0.587, 0.114), rounded; gray stays gray', () => {
		const rgba = Uint8Array.from([
			255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 9, 77, 77, 77, 0, 10, 20, 30, 255
		]);
		expect(Array.from(rgbaToGray(rgba, new Uint8Array(5)))).toEqual([76, 150, 29, 77, 18]);
	});
	it('bytes → floats → bytes is exact, and a float moves by at most half a step', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		expect(toBytes(toUnit(bytes))).toEqual(bytes);
		const xs = Array.from({ length: 1000 }, (_, i) => i / 999);
		const back = toUnit(toBytes(xs));
		xs.forEach((x, i) => expect(Math.abs(back[i] - x)).toBeLessThanOrEqual(0.5 / 255 + 1e-7));
	});
});
