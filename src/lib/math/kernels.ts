// The kernel presets of the contract (docs/CONTRACT.md). Each is whole-number weights and
// a divisor, so sums stay exact (a box blur sums to exactly 1, not 0.9999999999999999).
import type { Matrix } from './conv';

export const KERNEL_PRESETS = [
	'identity',
	'ridge',
	'sharpen',
	'box-blur',
	'gaussian-3',
	'gaussian-5',
	'sobel-x',
	'sobel-y',
	'emboss',
	'outline'
] as const;
export type KernelPreset = (typeof KERNEL_PRESETS)[number];

export interface KernelDef {
	weights: number[][];
	divisor: number;
}

export const KERNELS: Record<KernelPreset, KernelDef> = {
	identity: {
		weights: [
			[0, 0, 0],
			[0, 1, 0],
			[0, 0, 0]
		],
		divisor: 1
	},
	// Ridge / edge detection, as in the course: the centre against its 8 neighbours.
	ridge: {
		weights: [
			[-1, -1, -1],
			[-1, 8, -1],
			[-1, -1, -1]
		],
		divisor: 1
	},
	sharpen: {
		weights: [
			[0, -1, 0],
			[-1, 5, -1],
			[0, -1, 0]
		],
		divisor: 1
	},
	'box-blur': {
		weights: [
			[1, 1, 1],
			[1, 1, 1],
			[1, 1, 1]
		],
		divisor: 9
	},
	'gaussian-3': {
		weights: [
			[1, 2, 1],
			[2, 4, 2],
			[1, 2, 1]
		],
		divisor: 16
	},
	'gaussian-5': {
		weights: [
			[1, 4, 6, 4, 1],
			[4, 16, 24, 16, 4],
			[6, 24, 36, 24, 6],
			[4, 16, 24, 16, 4],
			[1, 4, 6, 4, 1]
		],
		divisor: 256
	},
	// Cross-correlation: positive where brightness grows to the right (x) or downwards (y).
	'sobel-x': {
		weights: [
			[-1, 0, 1],
			[-2, 0, 2],
			[-1, 0, 1]
		],
		divisor: 1
	},
	'sobel-y': {
		weights: [
			[-1, -2, -1],
			[0, 0, 0],
			[1, 2, 1]
		],
		divisor: 1
	},
	emboss: {
		weights: [
			[-2, -1, 0],
			[-1, 1, 1],
			[0, 1, 2]
		],
		divisor: 1
	},
	// setosa's Image Kernels "outline": the same 8-neighbour kernel the course calls ridge.
	outline: {
		weights: [
			[-1, -1, -1],
			[-1, 8, -1],
			[-1, -1, -1]
		],
		divisor: 1
	}
};

export function isKernelPreset(name: string): name is KernelPreset {
	return (KERNEL_PRESETS as readonly string[]).includes(name);
}

/** The preset's values (weights ÷ divisor). */
export function presetMatrix(name: KernelPreset): Matrix {
	const { weights, divisor } = KERNELS[name];
	return weights.map((r) => r.map((w) => w / divisor));
}

/** The exact sum of a preset's values. */
export function presetSum(name: KernelPreset): number {
	const { weights, divisor } = KERNELS[name];
	return weights.flat().reduce((a, b) => a + b, 0) / divisor;
}
