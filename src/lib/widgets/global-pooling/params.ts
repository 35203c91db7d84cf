import { int } from '$lib/embed/params';

export const MAX_SIZE = 64;
export const MAX_CHANNELS = 256;
export const MAX_UNITS = 1024;

/** URL parameters of /embed/global-pooling/. Defaults: the lab's default model at 64 px, whose
 * last block leaves 8×8×32 feature maps, into its one sigmoid output unit. */
export const params = {
	size: int({ min: 1, max: MAX_SIZE, default: 8 }),
	channels: int({ min: 1, max: MAX_CHANNELS, default: 32 }),
	units: int({ min: 1, max: MAX_UNITS, default: 1 })
};
