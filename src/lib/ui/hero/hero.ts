// The course page's live hero: a generated casting with a defect, a 3 × 3 kernel you drag over
// it, and the feature map beside it. The numbers come from the course's tested convolution
// (correlate2d, windowAt); this module only picks the picture and keeps the window inside it.
import { correlate2d, fromRows, windowAt, type Grid } from '$lib/math/conv';
import { presetMatrix, type KernelPreset } from '$lib/math/kernels';
import { presetPart } from '$lib/lab/dataset/generate';

/** The kernels the hero offers: whole-number weights, so every product reads exactly. */
export const HERO_KERNELS = [
	'outline',
	'sobel-x',
	'sobel-y',
	'sharpen'
] as const satisfies readonly KernelPreset[];
export type HeroKernel = (typeof HERO_KERNELS)[number];

/** A casting with pits, `size` × `size` gray pixels 0…255 (whole numbers). */
export function castingGrid(size: number, seed = 7): Grid {
	const unit = presetPart('pits', size, seed);
	const data = new Float32Array(unit.length);
	for (let i = 0; i < unit.length; i++) data[i] = Math.round(Math.min(1, Math.max(0, unit[i])) * 255);
	return { h: size, w: size, data };
}

/**
 * The feature map without padding ('valid', (n − 2) × (n − 2)): zero padding would light up the
 * picture's border with an edge that is not on the casting. Output cell (r, c) is the window
 * centred on input pixel (r + 1, c + 1).
 */
export function heroMap(input: Grid, kernel: HeroKernel): Grid {
	return correlate2d(input, fromRows(presetMatrix(kernel)), { padding: 'valid' });
}

/** The nine products behind output cell (row, col) and their sum. */
export function heroWindow(input: Grid, kernel: HeroKernel, row: number, col: number) {
	return windowAt(input, fromRows(presetMatrix(kernel)), { padding: 'valid' }, row, col);
}

/** A cell index kept inside 0…n−1 (whole). */
export function clampCell(v: number, n: number): number {
	if (!Number.isFinite(v)) return 0;
	return Math.min(n - 1, Math.max(0, Math.floor(v)));
}

/** How a map value is drawn: edge kernels by strength |v| (0 black … 255 and more white). */
export function shade(values: ArrayLike<number>, kernel: HeroKernel): Float32Array {
	const out = new Float32Array(values.length);
	for (let i = 0; i < values.length; i++) out[i] = kernel === 'sharpen' ? values[i] : Math.abs(values[i]);
	return out;
}

/** The scan the hero plays on its own: left to right along rows `step` apart (boustrophedon). */
export function scanPath(n: number, step: number): [number, number][] {
	const path: [number, number][] = [];
	let flip = false;
	for (let r = Math.floor(step / 2); r < n; r += step) {
		for (let i = 0; i < n; i++) path.push([r, flip ? n - 1 - i : i]);
		flip = !flip;
	}
	return path;
}
