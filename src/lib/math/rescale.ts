// Stretch values linearly to 0…1 for display (filters and feature maps); a constant input maps
// to 0.5. Returns a new array.
export function rescale01(values: ArrayLike<number>): Float32Array {
	let lo = Infinity,
		hi = -Infinity;
	for (let i = 0; i < values.length; i++) {
		if (values[i] < lo) lo = values[i];
		if (values[i] > hi) hi = values[i];
	}
	const out = new Float32Array(values.length);
	const span = hi - lo;
	for (let i = 0; i < values.length; i++)
		out[i] = span > 0 && Number.isFinite(span) ? (values[i] - lo) / span : 0.5;
	return out;
}

/** Channel `c` of an h×w×channels (channels-last) array. */
export function channel(values: ArrayLike<number>, count: number, c: number): Float32Array {
	const n = Math.floor(values.length / count);
	const out = new Float32Array(n);
	for (let i = 0; i < n; i++) out[i] = values[i * count + c];
	return out;
}
