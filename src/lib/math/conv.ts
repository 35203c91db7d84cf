// 2-D cross-correlation, as CNN frameworks compute "convolution" (the kernel is not flipped),
// with zero padding and stride. One typed-array engine serves the teaching grids and the live
// image filters (a 300×300 image with a 3×3 kernel takes well under a millisecond).

/** A row-major 2-D array of numbers. */
export interface Grid {
	h: number;
	w: number;
	data: Float64Array | Float32Array;
}

export type Padding = number | 'valid' | 'same';

/** Padding on each side, as applied: may be asymmetric for `same`. */
export interface Pads {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

export interface ConvOptions {
	/** Stride ≥ 1: one number for both axes, or [rows, cols]. */
	stride?: number | readonly [number, number];
	/** Zero padding: a number of cells on every side, `valid` (0) or `same` (output ⌈n/s⌉). */
	padding?: Padding | Pads;
}

export function grid(h: number, w: number, data?: ArrayLike<number>): Grid {
	const g = { h, w, data: new Float64Array(h * w) };
	if (data) g.data.set(data);
	return g;
}

export function fromRows(rows: readonly (readonly number[])[]): Grid {
	const h = rows.length;
	const w = h ? rows[0].length : 0;
	const g = grid(h, w);
	rows.forEach((r, y) => {
		if (r.length !== w) throw new RangeError('ragged rows');
		r.forEach((v, x) => (g.data[y * w + x] = v));
	});
	return g;
}

export function toRows(g: Grid): number[][] {
	return Array.from({ length: g.h }, (_, y) => Array.from(g.data.subarray(y * g.w, (y + 1) * g.w)));
}

function strides(stride: ConvOptions['stride']): [number, number] {
	const [sy, sx] = typeof stride === 'number' || stride === undefined ? [stride ?? 1, stride ?? 1] : stride;
	if (!(Number.isInteger(sy) && Number.isInteger(sx) && sy >= 1 && sx >= 1))
		throw new RangeError('stride must be a whole number ≥ 1');
	return [sy, sx];
}

/** Total padding `same` adds on one axis, TensorFlow's rule: output ⌈n/s⌉, extra cell after. */
export function samePadding(n: number, k: number, s: number): [before: number, after: number] {
	const out = Math.ceil(n / s);
	const total = Math.max((out - 1) * s + k - n, 0);
	const before = Math.floor(total / 2);
	return [before, total - before];
}

/** The padding actually applied on each side. */
export function resolvePads(
	input: { h: number; w: number },
	kernel: { h: number; w: number },
	opts: ConvOptions = {}
): Pads {
	const p = opts.padding ?? 'valid';
	if (typeof p === 'object') return p;
	if (p === 'valid') return { top: 0, bottom: 0, left: 0, right: 0 };
	if (p === 'same') {
		const [sy, sx] = strides(opts.stride);
		const [top, bottom] = samePadding(input.h, kernel.h, sy);
		const [left, right] = samePadding(input.w, kernel.w, sx);
		return { top, bottom, left, right };
	}
	if (!(Number.isInteger(p) && p >= 0)) throw new RangeError('padding must be a whole number ≥ 0');
	return { top: p, bottom: p, left: p, right: p };
}

/** Output length on one axis: ⌊(n + padBefore + padAfter − k) / s⌋ + 1 (≤ 0: the kernel does not fit). */
export function outputLength(n: number, k: number, s: number, before: number, after: number): number {
	return Math.floor((n + before + after - k) / s) + 1;
}

/** The contract's formula with symmetric padding p: ⌊(n + 2p − k)/s⌋ + 1. */
export function outputSize(n: number, k: number, s: number, p: number): number {
	return outputLength(n, k, s, p, p);
}

export function outputShape(
	input: { h: number; w: number },
	kernel: { h: number; w: number },
	opts: ConvOptions = {}
): { h: number; w: number; pads: Pads; stride: [number, number] } {
	const stride = strides(opts.stride);
	const pads = resolvePads(input, kernel, opts);
	return {
		h: outputLength(input.h, kernel.h, stride[0], pads.top, pads.bottom),
		w: outputLength(input.w, kernel.w, stride[1], pads.left, pads.right),
		pads,
		stride
	};
}

/**
 * Cross-correlate `input` with `kernel`: out[y][x] = Σ k[i][j] · in[y·s − top + i][x·s − left + j],
 * cells outside the input counting as zero. Throws RangeError when the kernel does not fit.
 * `out` may be passed in to avoid allocation (it must have the output's size).
 */
export function correlate2d(input: Grid, kernel: Grid, opts: ConvOptions = {}, out?: Grid): Grid {
	const { h: oh, w: ow, pads, stride } = outputShape(input, kernel, opts);
	if (oh < 1 || ow < 1) throw new RangeError('the kernel is larger than the padded input');
	if (kernel.h < 1 || kernel.w < 1) throw new RangeError('empty kernel');
	const [sy, sx] = stride;
	const result = out ?? grid(oh, ow);
	if (result.h !== oh || result.w !== ow) throw new RangeError('output grid has the wrong size');
	const o = result.data;
	o.fill(0);
	const src = input.data;
	const k = kernel.data;
	const { w: iw, h: ih } = input;
	for (let ky = 0; ky < kernel.h; ky++) {
		for (let kx = 0; kx < kernel.w; kx++) {
			const kv = k[ky * kernel.w + kx];
			if (kv === 0) continue;
			// Output columns x whose input column x·sx − left + kx lies inside [0, iw).
			const dx = kx - pads.left;
			const x0 = Math.max(0, Math.ceil(-dx / sx));
			const x1 = Math.min(ow, Math.floor((iw - 1 - dx) / sx) + 1);
			if (x1 <= x0) continue;
			for (let y = 0; y < oh; y++) {
				const iy = y * sy - pads.top + ky;
				if (iy < 0 || iy >= ih) continue;
				const rowIn = iy * iw + dx;
				const rowOut = y * ow;
				if (sx === 1) {
					for (let x = x0; x < x1; x++) o[rowOut + x] += kv * src[rowIn + x];
				} else {
					for (let x = x0; x < x1; x++) o[rowOut + x] += kv * src[rowIn + x * sx];
				}
			}
		}
	}
	return result;
}

/** One term of the dot product at an output cell: the input value (0 in padding) × the weight. */
export interface Term {
	/** Input row and column (may be outside the input: then `pad` is true and value is 0). */
	row: number;
	col: number;
	value: number;
	weight: number;
	pad: boolean;
}

/** The element-wise products behind output cell (row, col), kernel row by kernel row, and their sum. */
export function windowAt(
	input: Grid,
	kernel: Grid,
	opts: ConvOptions,
	row: number,
	col: number
): { terms: Term[]; sum: number } {
	const { h: oh, w: ow, pads, stride } = outputShape(input, kernel, opts);
	if (!(row >= 0 && row < oh && col >= 0 && col < ow)) throw new RangeError('no such output cell');
	const terms: Term[] = [];
	let sum = 0;
	for (let ky = 0; ky < kernel.h; ky++) {
		for (let kx = 0; kx < kernel.w; kx++) {
			const r = row * stride[0] - pads.top + ky;
			const c = col * stride[1] - pads.left + kx;
			const pad = r < 0 || r >= input.h || c < 0 || c >= input.w;
			const value = pad ? 0 : input.data[r * input.w + c];
			const weight = kernel.data[ky * kernel.w + kx];
			terms.push({ row: r, col: c, value, weight, pad });
			sum += value * weight;
		}
	}
	return { terms, sum };
}
