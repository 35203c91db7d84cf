import { int, num } from '$lib/embed/params';

/** Eight measurements near the line y = 1.5·x − 1 (x a part's size, y its weight, say). */
export const POINTS: readonly { x: number; y: number }[] = [
	{ x: -2, y: -3.7 },
	{ x: -1.5, y: -3.45 },
	{ x: -1, y: -2.4 },
	{ x: -0.5, y: -2.15 },
	{ x: 0.5, y: -0.05 },
	{ x: 1, y: 0.8 },
	{ x: 1.5, y: 1.15 },
	{ x: 2, y: 1.8 }
];
export const STEPS_MAX = 200;

/** URL parameters of /embed/minibatch/: one learning rate and one number of updates for all four,
 * from w = b = 0. */
export const params = {
	lr: num({ min: 1e-4, max: 1, default: 0.1 }),
	steps: int({ min: 0, max: STEPS_MAX, default: 24 }),
	batch: int({ min: 1, max: POINTS.length, default: 2 }),
	seed: int({ min: 0, max: 9999, default: 1 }),
	momentum: num({ min: 0, max: 0.99, default: 0.9 }),
	beta1: num({ min: 0, max: 0.999, default: 0.9 }),
	beta2: num({ min: 0, max: 0.9999, default: 0.999 }),
	eps: num({ min: 1e-12, max: 1, default: 1e-8 })
};
