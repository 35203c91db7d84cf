import { int, num } from '$lib/embed/params';
import { networkParams } from '../nn-common/network-params';

export const STAGES = 8;

/** URL parameters of /embed/backprop-stepper/: the network's, plus `lr` and `stage` (0…7). */
export const params = {
	...networkParams,
	lr: num({ min: 1e-4, max: 2, default: 0.1 }),
	stage: int({ min: 0, max: STAGES - 1, default: 0 })
};
