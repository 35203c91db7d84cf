import { describe, expect, it } from 'vitest';
import { KERNEL_PRESETS, isKernelPreset, presetMatrix, presetSum } from './kernels';

describe('kernel presets', () => {
	it('has every preset the contract names, square and odd-sized', () => {
		expect(KERNEL_PRESETS).toHaveLength(10);
		for (const name of KERNEL_PRESETS) {
			const m = presetMatrix(name);
			expect(m.length % 2).toBe(1);
			for (const row of m) expect(row).toHaveLength(m.length);
		}
	});
	it('has the course’s values', () => {
		expect(presetMatrix('sharpen')).toEqual([
			[0, -1, 0],
			[-1, 5, -1],
			[0, -1, 0]
		]);
		expect(presetMatrix('gaussian-3')[1][1]).toBe(0.25);
		expect(presetMatrix('gaussian-5')[2][2]).toBe(36 / 256);
	});
	it('sums exactly: blurs and sharpen to 1, edge detectors to 0', () => {
		for (const n of ['identity', 'sharpen', 'box-blur', 'gaussian-3', 'gaussian-5', 'emboss'] as const)
			expect(presetSum(n)).toBe(1);
		for (const n of ['ridge', 'sobel-x', 'sobel-y', 'outline'] as const) expect(presetSum(n)).toBe(0);
	});
	it('recognises names', () => {
		expect(isKernelPreset('sobel-x')).toBe(true);
		expect(isKernelPreset('sobel')).toBe(false);
	});
});
