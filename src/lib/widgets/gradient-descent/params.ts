import { choice, int, num } from '$lib/embed/params';
import { FNS_1D } from '$lib/math/gd';

/** URL parameters of /embed/gradient-descent/ (contract: fn, lr, x0, steps; extras: momentum). */
export const params = {
	fn: choice(FNS_1D, 'quadratic'),
	lr: num({ min: 1e-4, max: 2, default: 0.1 }),
	x0: num({ min: -5, max: 5, default: 2 }),
	steps: int({ min: 0, max: 1000, default: 0 }),
	momentum: num({ min: 0, max: 0.99, default: 0 })
};

// The ranges the controls use, read from the table (written once, above).
export const { min: LR_MIN, max: LR_MAX } = params.lr;
export const { min: X0_MIN, max: X0_MAX } = params.x0;
export const STEPS_MAX = params.steps.max;
