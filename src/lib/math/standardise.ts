// Per-image standardisation, as Keras's ImageDataGenerator does it with samplewise_center=True and
// samplewise_std_normalization=True: each image minus its own mean, divided by its own standard
// deviation (population, + 1e-6 so a flat image gives zeros, not NaN). The model then sees the
// same numbers whatever the photo's exposure or contrast, and a defect's few dark pixels stand
// out by how far they are from the rest of the part, not by their absolute grey.

/** Keras's guard against dividing by a zero standard deviation. */
export const STD_EPSILON = 1e-6;

/**
 * Standardise `count` consecutive images of `n` values each, in place; returns `data`.
 * Sums in float64, so the result does not depend on the images' order or size.
 */
export function standardiseImages<T extends Float32Array<ArrayBufferLike>>(
	data: T,
	n: number,
	count = data.length / n
): T {
	if (!(n > 0) || !Number.isInteger(n) || !Number.isInteger(count) || count * n > data.length)
		throw new RangeError(`standardiseImages: ${count} images of ${n} values do not fit ${data.length}`);
	for (let k = 0; k < count; k++) {
		const o = k * n;
		let s = 0;
		for (let i = 0; i < n; i++) s += data[o + i];
		const mean = s / n;
		let s2 = 0;
		for (let i = 0; i < n; i++) s2 += (data[o + i] - mean) ** 2;
		const div = Math.sqrt(s2 / n) + STD_EPSILON;
		for (let i = 0; i < n; i++) data[o + i] = (data[o + i] - mean) / div;
	}
	return data;
}
