// The lab's built-in data set: seeded synthetic castings (see part.ts), about 57% defective as in
// the public casting data set. Plain TypeScript: usable in a worker, in Node and in the bench.
import { rng } from '../../math/rng';
import { DEFECT_KINDS, drawPart, randomPart, type DefectKind } from './part';
import { toBytes } from './pixels';
import type { Dataset } from './types';

export const DEFECTIVE_SHARE = 0.57;

/**
 * The generator's three streams for one seed: the training set (`seed`), the test set, and the
 * held-out parts the lab's "unseen images" step draws, which no set contains.
 */
export const TEST_SEED_OFFSET = 1_000_003;
export const HELD_OUT_SEED_OFFSET = 2_000_029;

/** The built-in test set's size for a training set of `count` images (at least 20). */
export function testCountFor(count: number): number {
	return Math.max(20, Math.round(count / 4));
}

export interface GenerateOptions {
	seed: number;
	count: number;
	size: number;
	/** First image index (so a test set can continue where the training set stopped). */
	offset?: number;
	defectiveShare?: number;
}

/** Image `index` of the generator with `seed`: the same whatever `count` or `offset` asked for. */
export function generateImage(seed: number, index: number, size: number, defectiveShare = DEFECTIVE_SHARE) {
	const r = imageRng(seed, index);
	const label = r() < defectiveShare ? 1 : 0;
	const spec = randomPart(r, label === 1);
	return { label, spec, pixels: drawPart(spec, size, r) };
}

function imageRng(seed: number, index: number) {
	return rng((Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
}

/**
 * Held-out part `index` for the data seed `seed`: from a stream neither the training nor the test
 * set draws from. `kind` asks for an OK part or one defect of that kind; 'any' draws like the sets.
 */
export function heldOutPart(seed: number, index: number, size: number, kind: Preset | 'any' = 'any') {
	const s = seed + HELD_OUT_SEED_OFFSET;
	if (kind === 'any') return generateImage(s, index, size);
	const r = imageRng(s, index);
	const spec = randomPart(r, kind !== 'ok', kind === 'ok' ? undefined : kind);
	return { label: kind === 'ok' ? 0 : 1, spec, pixels: drawPart(spec, size, r) };
}

export function generateDataset(opts: GenerateOptions): Dataset {
	const { seed, count, size, offset = 0 } = opts;
	const n = size * size;
	const pixels = new Uint8Array(count * n);
	const labels = new Uint8Array(count);
	for (let i = 0; i < count; i++) {
		const img = generateImage(seed, offset + i, size, opts.defectiveShare);
		labels[i] = img.label;
		toBytes(img.pixels, pixels.subarray(i * n, (i + 1) * n));
	}
	return { size, count, pixels, labels };
}

export const PRESETS = ['ok', 'pits', 'chip', 'crack', 'shrinkage', 'rough'] as const;
export type Preset = (typeof PRESETS)[number];

/** A fixed example part: OK, or carrying one defect of the named kind (for lessons and widgets). */
export function presetPart(preset: Preset, size: number, seed = 7): Float32Array {
	const r = rng(seed * 31 + PRESETS.indexOf(preset));
	const kind = preset === 'ok' ? undefined : (preset as DefectKind);
	const spec = randomPart(r, kind !== undefined, kind);
	return drawPart(spec, size, r);
}

export { DEFECT_KINDS };
