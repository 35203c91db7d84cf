import { choice, int } from '$lib/embed/params';
import { SAMPLE_IMAGES } from '$lib/ui/sample-images';

export const CHANNEL_MODES = ['gray', 'rgb'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];

export const params = {
	/** Sample picture. */
	image: choice(SAMPLE_IMAGES, 'impeller'),
	/** `gray`: one 0…255 matrix; `rgb`: three matrices (R, G, B). */
	channels: choice(CHANNEL_MODES, 'gray'),
	/** Pixels on the longest side after area-averaging downscale. */
	size: int({ min: 4, max: 64, default: 16 }),
	/** Screen pixels per image pixel in the pixel view. */
	zoom: int({ min: 4, max: 40, default: 20 }),
	/** Selected pixel (0-based), clamped to the picture. */
	row: int({ min: 0, max: 63, default: 8 }),
	col: int({ min: 0, max: 63, default: 8 })
};
