import { bool, choice, int } from '$lib/embed/params';
import { DEFAULT_SETTINGS } from '$lib/lab/train';

export const BACKEND_CHOICES = ['auto', 'webgl', 'fast-cpu', 'cpu'] as const;

export const params = {
	epochs: int({ min: 1, max: 100, default: DEFAULT_SETTINGS.epochs }),
	seed: int({ min: 0, max: 999_999, default: 1 }),
	/** Input size in pixels: images are resized to size×size. */
	size: int({ min: 16, max: 128, default: 64 }),
	autostart: bool(false),
	/** Built-in training images (a quarter as many more, from another seed, is the test set). */
	count: int({ min: 40, max: 6000, default: 1500 }),
	backend: choice(BACKEND_CHOICES, 'auto')
};
