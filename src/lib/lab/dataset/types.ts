// The lab's data set: what the generator makes, the loader decodes and training reads.

/** Images as one byte array, image after image, row by row, grayscale 0…255 (see pixels.ts). */
export interface Dataset {
	size: number;
	count: number;
	pixels: Uint8Array;
	/** 1 = defective (the positive class), 0 = OK. */
	labels: Uint8Array;
	/** Optional names (file names for uploaded data). */
	names?: string[];
}
