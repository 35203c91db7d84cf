import { num } from '$lib/embed/params';

/** URL parameters of /embed/linear-model/: weight, bias and the input, each in −10…10. */
export const params = {
	w: num({ min: -10, max: 10, default: 1 }),
	b: num({ min: -10, max: 10, default: 0 }),
	x: num({ min: -10, max: 10, default: 2 })
};
export const RANGE = 10;
