import { bool, choice, int } from '$lib/embed/params';
import { LAB_DEFAULTS } from '$lib/lab/defaults';
import { CLASS_WEIGHT_MODES } from '$lib/lab/class-weights';
import { SHORTCUTS } from '$lib/lab/dataset/shortcut';

export const BACKEND_CHOICES = ['auto', 'webgl', 'fast-cpu', 'cpu'] as const;
export const KERNEL_CHOICES = ['single', 'pool'] as const;

export const params = {
	epochs: int({ min: 1, max: 100, default: LAB_DEFAULTS.epochs }),
	seed: int({ min: 0, max: 999_999, default: LAB_DEFAULTS.seed }),
	/** Input size in pixels: images are resized to size×size. */
	size: int({ min: 16, max: 128, default: LAB_DEFAULTS.size }),
	autostart: bool(false),
	/** Built-in training images (a quarter as many more, from another seed, is the test set). */
	count: int({ min: 40, max: 6000, default: LAB_DEFAULTS.count }),
	backend: choice(BACKEND_CHOICES, 'auto'),
	/** Keras class_weight from the training counts (`balanced`) or none. */
	'class-weight': choice(CLASS_WEIGHT_MODES, LAB_DEFAULTS.classWeight),
	/** The shortcut experiment: `mark` puts a corner dot on every defective built-in image (not on drawn parts). */
	shortcut: choice(SHORTCUTS, 'none'),
	/**
	 * Our own training kernels on one thread (`single`) or shared out over the wasm backend's
	 * threads (`pool`, on an isolated page). Off by default: `npm run bench` measured no gain in
	 * throughput on the project's busy two-core machine (README, "Offline, installable…").
	 */
	kernels: choice(KERNEL_CHOICES, 'single')
};
