// An uploaded picture → a small grayscale grid a person can read cell by cell: RGBA pixels to
// luminance (ITU-R BT.601 weights, 0 dark … 255 light), then an exact area-average downscale.

/** Grayscale 0…255 from RGBA bytes (alpha ignored), BT.601: 0.299 R + 0.587 G + 0.114 B. */
export function rgbaToGray(rgba: ArrayLike<number>, w: number, h: number): Float64Array {
	const out = new Float64Array(w * h);
	for (let i = 0; i < w * h; i++)
		out[i] = 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2];
	return out;
}

/** Output size that keeps the aspect ratio with the longer side `max` (never upscales, ≥ 1). */
export function fitSize(w: number, h: number, max: number): { w: number; h: number } {
	const scale = Math.min(1, max / Math.max(w, h));
	return { w: Math.max(1, Math.round(w * scale)), h: Math.max(1, Math.round(h * scale)) };
}

/** Weights of the source cells covering each output cell on one axis (fractional overlap). */
function axisWeights(n: number, m: number): { start: number; weights: number[] }[] {
	const step = n / m;
	return Array.from({ length: m }, (_, o) => {
		const a = o * step;
		const b = (o + 1) * step;
		const start = Math.floor(a);
		const weights: number[] = [];
		for (let i = start; i < Math.min(n, Math.ceil(b)); i++)
			weights.push((Math.min(b, i + 1) - Math.max(a, i)) / step);
		return { start, weights };
	});
}

/** Area-average `src` (w×h) down to ow×oh: each output cell is the mean of the area it covers. */
export function downsample(
	src: ArrayLike<number>,
	w: number,
	h: number,
	ow: number,
	oh: number
): Float64Array {
	const wx = axisWeights(w, ow);
	const wy = axisWeights(h, oh);
	const tmp = new Float64Array(ow * h);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < ow; x++) {
			const { start, weights } = wx[x];
			let acc = 0;
			for (let i = 0; i < weights.length; i++) acc += weights[i] * src[y * w + start + i];
			tmp[y * ow + x] = acc;
		}
	const out = new Float64Array(ow * oh);
	for (let y = 0; y < oh; y++) {
		const { start, weights } = wy[y];
		for (let x = 0; x < ow; x++) {
			let acc = 0;
			for (let i = 0; i < weights.length; i++) acc += weights[i] * tmp[(start + i) * ow + x];
			out[y * ow + x] = acc;
		}
	}
	return out;
}
