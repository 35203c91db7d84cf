import { bool, int, num } from '$lib/embed/params';

export const MAX_DEGREE = 12;
export const N_MIN = 4;
export const N_MAX = 30;
export const N_VALIDATION = 30;

/** URL parameters of /embed/fitting/ (lessons pass `initial={{ degree }}` to start elsewhere). */
export const params = {
	degree: int({ min: 0, max: MAX_DEGREE, default: 1 }),
	n: int({ min: N_MIN, max: N_MAX, default: 10 }),
	noise: num({ min: 0, max: 1, default: 0.3 }),
	seed: int({ min: 0, max: 99999, default: 1 }),
	truth: bool(false)
};
