import { choice, num } from '$lib/embed/params';
import { ACTIVATIONS } from '$lib/math/nn';

export const Z_MIN = -6;
export const Z_MAX = 6;

/** URL parameters of /embed/activation/. */
export const params = {
	fn: choice(ACTIVATIONS, 'sigmoid'),
	z: num({ min: Z_MIN, max: Z_MAX, default: 1 })
};
