import { choice, int, num } from '$lib/embed/params';
import { FNS_2D } from '$lib/math/gd';

export const P_MIN = -5;
export const P_MAX = 5;
export const LR_MIN = 1e-4;
export const LR_MAX = 1;
export const STEPS_MAX = 500;

/** URL parameters of /embed/optimizers/: one learning rate and one step count for all three. */
export const params = {
	fn: choice(FNS_2D, 'valley'),
	x0: num({ min: P_MIN, max: P_MAX, default: -4 }),
	y0: num({ min: P_MIN, max: P_MAX, default: 1.5 }),
	lr: num({ min: LR_MIN, max: LR_MAX, default: 0.1 }),
	steps: int({ min: 0, max: STEPS_MAX, default: 30 }),
	momentum: num({ min: 0, max: 0.99, default: 0.9 }),
	beta1: num({ min: 0, max: 0.999, default: 0.9 }),
	beta2: num({ min: 0, max: 0.9999, default: 0.999 }),
	eps: num({ min: 1e-12, max: 1, default: 1e-8 })
};
