// Progressive pixelation of one drawn casting with a pit: the same 300 px picture averaged down
// to a few sizes (area averaging, as a camera with fewer, larger pixels would see it), and for
// each size how wide the pit is in pixels and how much darker it leaves the darkest pixel than
// the same part drawn without it.
import { drawPart, randomPart, type PartSpec } from '$lib/lab/dataset/part';
import { PRESETS } from '$lib/lab/dataset/generate';
import { downscaleArea } from '$lib/math/image';
import { rng } from '$lib/math/rng';

/** The side of the full picture: the public casting data set's photos are 300 × 300. */
export const FULL = 300;

export interface PitPicture {
	spec: PartSpec;
	/** The part with its pit(s), and the same part (same noise) without them, FULL×FULL, 0…1. */
	part: Float32Array;
	ok: Float32Array;
	/** The largest pit's radius in units of the part's outer radius, and its centre there. */
	pit: { u: number; v: number; r: number };
	/** How many pits (a pinhole, a blowhole or a small cluster). */
	pits: number;
}

/** The part the `pits` preset draws for `seed` (as presetPart), and its twin without the defect. */
export function pitPicture(seed: number): PitPicture {
	const start = seed * 31 + PRESETS.indexOf('pits');
	const r = rng(start);
	const spec = randomPart(r, true, 'pits');
	const part = drawPart(spec, FULL, r);
	// the twin draws the same spec from the same stream, so its pixel noise is the same
	const r2 = rng(start);
	randomPart(r2, true, 'pits');
	const ok = drawPart({ ...spec, defects: [] }, FULL, r2);
	const d = spec.defects[0];
	if (d.kind !== 'pits') throw new Error('the pits preset drew no pits');
	const pit = d.pits.reduce((a, b) => (b.r > a.r ? b : a));
	return { spec, part, ok, pit, pits: d.pits.length };
}

/** `img` (FULL×FULL) averaged down to n×n; FULL itself is the picture unchanged. */
export function pixelate(img: Float32Array, n: number): Float32Array {
	if (n === FULL) return img;
	return Float32Array.from(downscaleArea({ h: FULL, w: FULL, data: img }, n, n).data);
}

export interface AtSize {
	n: number;
	pixels: Float32Array;
	/** The largest pit's diameter in pixels of this size: 2·r·(outer radius in pixels). */
	pitPx: number;
	/** How much darker the most darkened pixel is than without the defect, in gray levels 0…255. */
	contrast: number;
	/** Where that pixel is (row, column). */
	at: [number, number];
}

export function atSize(p: PitPicture, n: number): AtSize {
	const pixels = pixelate(p.part, n);
	const ok = pixelate(p.ok, n);
	let best = -Infinity,
		at = 0;
	for (let i = 0; i < pixels.length; i++) {
		const d = ok[i] - pixels[i];
		if (d > best) [best, at] = [d, i];
	}
	return {
		n,
		pixels,
		pitPx: 2 * p.pit.r * p.spec.radius * n,
		contrast: 255 * best,
		at: [Math.floor(at / n), at % n]
	};
}
