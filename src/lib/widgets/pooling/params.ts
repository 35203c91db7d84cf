import { choice, int, matrix, type Matrix } from '$lib/embed/params';

export const MAX_WINDOW = 8;

/** A 6×6 feature map whose 2×2 max-pooling (stride 2) is the course's 1,1,0;4,2,1;0,2,1. */
export const DEFAULT_MAP: Matrix = [
	[1, 0, 0, 1, 0, 0],
	[0, 1, 1, 0, 0, 0],
	[4, 2, 2, 0, 1, 0],
	[1, 3, 1, 1, 0, 1],
	[0, 0, 1, 2, 0, 1],
	[0, 0, 0, 1, 1, 0]
];

export const params = {
	input: matrix(DEFAULT_MAP),
	size: int({ min: 1, max: MAX_WINDOW, default: 2 }),
	stride: int({ min: 1, max: MAX_WINDOW, default: 2 }),
	mode: choice(['max', 'avg'] as const, 'max')
};
