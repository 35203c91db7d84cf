import { choice, either, int, matrix, type Matrix } from '$lib/embed/params';
import { KERNEL_PRESETS, type KernelPreset } from '$lib/math/kernels';
import { DEFAULT_KERNEL, INPUTS, INPUT_PRESETS, type InputPreset } from './inputs';

export const MAX_KERNEL = 7;
export const MAX_STRIDE = 8;
export const MAX_PADDING = 6;

const isName = <T extends string>(v: unknown): v is T => typeof v === 'string';

/** `input` (a typed matrix) wins over `image` (a preset) when both are given. */
export const params = {
	image: choice(INPUT_PRESETS, 'worked-example'),
	input: matrix(INPUTS['worked-example']),
	kernel: either<KernelPreset, Matrix>(
		choice(KERNEL_PRESETS, 'identity'),
		matrix(DEFAULT_KERNEL, MAX_KERNEL),
		DEFAULT_KERNEL,
		isName<KernelPreset>
	),
	stride: int({ min: 1, max: MAX_STRIDE, default: 1 }),
	padding: either<'valid' | 'same', number>(
		choice(['valid', 'same'] as const, 'valid'),
		int({ min: 0, max: MAX_PADDING, default: 0 }),
		0,
		isName<'valid' | 'same'>
	),
	row: int({ min: 0, max: 63, default: 0 }),
	col: int({ min: 0, max: 63, default: 0 })
};

export type InputSource = InputPreset | 'custom';
