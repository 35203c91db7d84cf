// 2-D cross-correlation, as CNN frameworks compute "convolution" (the kernel is not flipped),
// with zero padding and stride. One typed-array engine serves the teaching grids and the live
// image filters (a 300×300 image with a 3×3 kernel takes well under a millisecond).

/** A row-major 2-D array of numbers. */
export interface Grid {
	h: number;
	w: number;
	data: Float64Array | Float32Array;
}

/** The named paddings: `valid` (none) and `same` (output ⌈n/s⌉). */
export type PaddingMode = 'valid' | 'same';
export type Padding = number | PaddingMode;

/** A matrix as rows of numbers, as lessons, links and tables write it. */
export type Matrix = number[][];

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
	const { top, left } = pads;
	// Interior: output cells whose whole window lies inside the input need no bounds checks.
	// y·sy − top ≥ 0 and y·sy − top + kh − 1 < ih (likewise for x).
	const ya = Math.min(oh, Math.max(0, Math.ceil(top / sy)));
	const yb = Math.max(ya, Math.min(oh, Math.floor((input.h - kernel.h + top) / sy) + 1));
	const xa = Math.min(ow, Math.max(0, Math.ceil(left / sx)));
	const xb = Math.max(xa, Math.min(ow, Math.floor((input.w - kernel.w + left) / sx) + 1));
	const job: Job = { input, kernel, out: result, sy, sx, top, left };
	const square = kernel.h === kernel.w ? kernel.h : 0;
	const interior = square === 3 ? interior3x3 : square === 5 ? interior5x5 : interiorRow;
	for (let y = 0; y < oh; y++) {
		if (y < ya || y >= yb) borderRow(job, y, 0, ow);
		else {
			borderRow(job, y, 0, xa);
			interior(job, y, xa, xb);
			borderRow(job, y, xb, ow);
		}
	}
	return result;
}

// Each output cell is one sum over the kernel, taken row by row in the kernel (the same order
// as `windowAt`), accumulated in double precision and stored once. Each helper fills output
// row y from column `from` up to `to`.

interface Job {
	input: Grid;
	kernel: Grid;
	out: Grid;
	sy: number;
	sx: number;
	top: number;
	left: number;
}

function borderRow(job: Job, y: number, from: number, to: number) {
	const { input, kernel, out, sy, sx, top, left } = job;
	const { data: src, w: iw, h: ih } = input;
	const { data: k, w: kw, h: kh } = kernel;
	for (let x = from; x < to; x++) {
		let acc = 0;
		for (let ky = 0; ky < kh; ky++) {
			const iy = y * sy - top + ky;
			if (iy < 0 || iy >= ih) continue;
			for (let kx = 0; kx < kw; kx++) {
				const ix = x * sx - left + kx;
				if (ix >= 0 && ix < iw) acc += k[ky * kw + kx] * src[iy * iw + ix];
			}
		}
		out.data[y * out.w + x] = acc;
	}
}

function interiorRow(job: Job, y: number, from: number, to: number) {
	const { input, kernel, out, sy, sx, top, left } = job;
	const { data: src, w: iw } = input;
	const { data: k, w: kw, h: kh } = kernel;
	const o = out.data;
	const base = (y * sy - top) * iw - left;
	const rowOut = y * out.w;
	for (let x = from; x < to; x++) {
		let acc = 0;
		let p = base + x * sx;
		for (let ky = 0, t = 0; ky < kh; ky++, p += iw)
			for (let kx = 0; kx < kw; kx++, t++) acc += k[t] * src[p + kx];
		o[rowOut + x] = acc;
	}
}

function interior3x3(job: Job, y: number, from: number, to: number) {
	const { input, kernel, out, sy, sx, top, left } = job;
	const { data: src, w: iw } = input;
	const k = kernel.data;
	const k0 = k[0],
		k1 = k[1],
		k2 = k[2],
		k3 = k[3],
		k4 = k[4],
		k5 = k[5],
		k6 = k[6],
		k7 = k[7],
		k8 = k[8];
	const o = out.data;
	const r0 = (y * sy - top) * iw - left;
	const r1 = r0 + iw;
	const r2 = r1 + iw;
	const rowOut = y * out.w;
	for (let x = from; x < to; x++) {
		const c = x * sx;
		o[rowOut + x] =
			k0 * src[r0 + c] +
			k1 * src[r0 + c + 1] +
			k2 * src[r0 + c + 2] +
			k3 * src[r1 + c] +
			k4 * src[r1 + c + 1] +
			k5 * src[r1 + c + 2] +
			k6 * src[r2 + c] +
			k7 * src[r2 + c + 1] +
			k8 * src[r2 + c + 2];
	}
}

function interior5x5(job: Job, y: number, from: number, to: number) {
	const { input, kernel, out, sy, sx, top, left } = job;
	const { data: src, w: iw } = input;
	const k = kernel.data;
	const k0 = k[0],
		k1 = k[1],
		k2 = k[2],
		k3 = k[3],
		k4 = k[4],
		k5 = k[5],
		k6 = k[6],
		k7 = k[7],
		k8 = k[8],
		k9 = k[9],
		k10 = k[10],
		k11 = k[11],
		k12 = k[12],
		k13 = k[13],
		k14 = k[14],
		k15 = k[15],
		k16 = k[16],
		k17 = k[17],
		k18 = k[18],
		k19 = k[19],
		k20 = k[20],
		k21 = k[21],
		k22 = k[22],
		k23 = k[23],
		k24 = k[24];
	const r0 = (y * sy - top) * iw - left;
	const r1 = r0 + iw;
	const r2 = r1 + iw;
	const r3 = r2 + iw;
	const r4 = r3 + iw;
	const o = out.data;
	const rowOut = y * out.w;
	for (let x = from; x < to; x++) {
		const c = x * sx;
		o[rowOut + x] =
			k0 * src[r0 + c] +
			k1 * src[r0 + c + 1] +
			k2 * src[r0 + c + 2] +
			k3 * src[r0 + c + 3] +
			k4 * src[r0 + c + 4] +
			k5 * src[r1 + c] +
			k6 * src[r1 + c + 1] +
			k7 * src[r1 + c + 2] +
			k8 * src[r1 + c + 3] +
			k9 * src[r1 + c + 4] +
			k10 * src[r2 + c] +
			k11 * src[r2 + c + 1] +
			k12 * src[r2 + c + 2] +
			k13 * src[r2 + c + 3] +
			k14 * src[r2 + c + 4] +
			k15 * src[r3 + c] +
			k16 * src[r3 + c + 1] +
			k17 * src[r3 + c + 2] +
			k18 * src[r3 + c + 3] +
			k19 * src[r3 + c + 4] +
			k20 * src[r4 + c] +
			k21 * src[r4 + c + 1] +
			k22 * src[r4 + c + 2] +
			k23 * src[r4 + c + 3] +
			k24 * src[r4 + c + 4];
	}
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
