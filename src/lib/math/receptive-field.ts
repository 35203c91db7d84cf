// Receptive field of stacked conv/pool layers (no padding offsets beyond `start`), by the
// standard recurrence, in input pixels:
//   r_l = r_{l−1} + (k_l − 1)·j_{l−1},  j_l = j_{l−1}·s_l,  start_l = start_{l−1} + ((k_l − 1)/2)·j_{l−1}
// from r_0 = 1, j_0 = 1, start_0 = 0 (the centre of input pixel 0). `start` is the centre of the
// first output's field with no padding; padding p_l would subtract p_l·j_{l−1}.

export interface Layer {
	kind: 'conv' | 'pool';
	k: number;
	s: number;
}

export interface FieldStep {
	receptiveField: number;
	jump: number;
	start: number;
}

export function receptiveFields(layers: readonly Layer[]): FieldStep[] {
	const out: FieldStep[] = [];
	let r = 1,
		j = 1,
		start = 0;
	for (const { k, s } of layers) {
		if (!Number.isInteger(k) || k < 1 || !Number.isInteger(s) || s < 1)
			throw new RangeError('kernel size and stride must be integers ≥ 1');
		r = r + (k - 1) * j;
		start = start + ((k - 1) / 2) * j;
		j = j * s;
		out.push({ receptiveField: r, jump: j, start });
	}
	return out;
}

/** Parses `conv3s1,conv3s1,pool2s2`; returns null (with the bad token) when malformed. */
export function parseLayers(text: string): { ok: true; layers: Layer[] } | { ok: false; bad: string } {
	const layers: Layer[] = [];
	for (const raw of text.split(',')) {
		const tok = raw.trim();
		const m = /^(conv|pool)(\d{1,2})s(\d{1,2})$/.exec(tok);
		if (!m || +m[2] < 1 || +m[3] < 1) return { ok: false, bad: tok };
		layers.push({ kind: m[1] as Layer['kind'], k: +m[2], s: +m[3] });
	}
	return layers.length ? { ok: true, layers } : { ok: false, bad: text };
}

/** Weights of one C→C layer with a k×k kernel (no bias), for "two 3×3 beat one 5×5". */
export function convWeights(k: number, channels: number): number {
	return k * k * channels * channels;
}

/** Output length after each layer for an input of `n` pixels, no padding: ⌊(n − k)/s⌋ + 1
 * (0 where the window no longer fits). Entry 0 is the input itself. */
export function layerSizes(n: number, layers: readonly Layer[]): number[] {
	const sizes = [n];
	for (const { k, s } of layers) {
		const prev = sizes[sizes.length - 1];
		sizes.push(prev >= k ? Math.floor((prev - k) / s) + 1 : 0);
	}
	return sizes;
}

/**
 * The indices (along one axis, ascending) that output `i` of the last layer depends on, at every
 * layer from the input (entry 0) to the last (entry L, [i]): output a of a layer reads its
 * input's a·s … a·s + k − 1. Their span is the receptive field; with a stride larger than the
 * kernel there are gaps inside it.
 */
export function traceBack(layers: readonly Layer[], i: number): number[][] {
	let cur = [i];
	const out = [cur];
	for (let l = layers.length - 1; l >= 0; l--) {
		const { k, s } = layers[l];
		const next = new Set<number>();
		for (const a of cur) for (let d = 0; d < k; d++) next.add(a * s + d);
		cur = [...next].sort((a, b) => a - b);
		out.unshift(cur);
	}
	return out;
}

/** Weights of the conv layers in a stack (pooling has none), each C→C with no bias. */
export function stackWeights(layers: readonly Layer[], channels: number): number {
	return layers.reduce((sum, l) => sum + (l.kind === 'conv' ? convWeights(l.k, channels) : 0), 0);
}
