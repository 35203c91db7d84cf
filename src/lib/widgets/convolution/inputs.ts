// Teaching inputs for the convolution widget (course material, not math). Each is small enough
// to read cell by cell; values are pixel intensities (0 dark … 255 light) or the course's 0/1.
import type { Matrix } from '$lib/embed/params';

export const INPUT_PRESETS = [
	'worked-example',
	'casting-pit',
	'vertical-edge',
	'diagonal',
	'bright-dot'
] as const;
export type InputPreset = (typeof INPUT_PRESETS)[number];

export const INPUTS: Record<InputPreset, Matrix> = {
	// The course's worked example: with kernel 1,0,1;0,1,0;1,0,1 it gives 4,3,4;2,4,3;2,3,4.
	'worked-example': [
		[1, 1, 1, 0, 0],
		[0, 1, 1, 1, 0],
		[0, 0, 1, 1, 1],
		[0, 0, 1, 1, 0],
		[0, 1, 1, 0, 0]
	],
	// A patch of a cast metal surface (light, slightly uneven) with a dark pit, like the
	// defects the course's classifier learns to spot.
	'casting-pit': [
		[182, 185, 180, 178, 183, 186, 181, 179],
		[184, 181, 179, 176, 180, 183, 185, 182],
		[179, 177, 150, 104, 98, 142, 180, 184],
		[181, 174, 108, 52, 46, 96, 176, 183],
		[183, 176, 102, 48, 41, 90, 174, 180],
		[180, 178, 146, 100, 94, 138, 177, 181],
		[178, 182, 179, 175, 172, 176, 181, 185],
		[184, 180, 183, 181, 178, 182, 184, 180]
	],
	// Dark on the left, light on the right: Sobel x answers strongly along the boundary.
	'vertical-edge': [
		[20, 20, 20, 220, 220, 220],
		[20, 20, 20, 220, 220, 220],
		[20, 20, 20, 220, 220, 220],
		[20, 20, 20, 220, 220, 220],
		[20, 20, 20, 220, 220, 220],
		[20, 20, 20, 220, 220, 220]
	],
	diagonal: [
		[1, 0, 0, 0, 0, 0],
		[0, 1, 0, 0, 0, 0],
		[0, 0, 1, 0, 0, 0],
		[0, 0, 0, 1, 0, 0],
		[0, 0, 0, 0, 1, 0],
		[0, 0, 0, 0, 0, 1]
	],
	// One bright pixel on black: each output shows the kernel's weights (flipped), the clearest
	// way to see what a kernel does.
	'bright-dot': [
		[0, 0, 0, 0, 0],
		[0, 0, 0, 0, 0],
		[0, 0, 1, 0, 0],
		[0, 0, 0, 0, 0],
		[0, 0, 0, 0, 0]
	]
};

export const DEFAULT_KERNEL: Matrix = [
	[1, 0, 1],
	[0, 1, 0],
	[1, 0, 1]
];
