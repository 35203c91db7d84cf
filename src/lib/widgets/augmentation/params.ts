import { choice, int, num } from '$lib/embed/params';
import { PRESETS } from '$lib/lab/dataset/generate';

export const FLIPS = ['none', 'h', 'v', 'hv'] as const;

export const params = {
	image: choice(PRESETS, 'pits'),
	flip: choice(FLIPS, 'hv'),
	rotate: num({ min: 0, max: 180, default: 20 }),
	'shift-x': num({ min: 0, max: 0.5, default: 0.05 }),
	'shift-y': num({ min: 0, max: 0.5, default: 0.05 }),
	zoom: num({ min: 0, max: 0.5, default: 0.05 }),
	shear: num({ min: 0, max: 45, default: 5 }),
	seed: int({ min: 0, max: 999_999, default: 1 })
};
