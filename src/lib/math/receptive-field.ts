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
