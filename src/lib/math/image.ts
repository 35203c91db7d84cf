// Image operations for the images-as-data lesson and the filter gallery: RGBA pixels → numbers
// (grayscale, channels), area-averaging downscale, kernel normalisation, and numbers → pixels
// (clamped 0…255 or a signed, diverging display). Plain typed arrays; no DOM, so it is testable.
import { grid, type Grid } from './conv';

/** Pixels as the browser's ImageData holds them: row-major, 4 bytes (R, G, B, A) per pixel. */
export interface RgbaImage {
	w: number;
	h: number;
	data: Uint8ClampedArray | Uint8Array;
}

/**
 * Luma weights of ITU-R BT.601 (the formula JPEG, OpenCV's `cvtColor` and PIL's `convert('L')`
 * use): gray = 0.299·R + 0.587·G + 0.114·B. Green counts most because the eye is most sensitive
 * to it. The weights sum to 1, so a gray pixel (R = G = B) keeps its value.
 */
export const LUMA_601 = { r: 0.299, g: 0.587, b: 0.114 } as const;

/** The BT.601 luma of one pixel, unrounded (0…255 for inputs in 0…255). */
export function luma(r: number, g: number, b: number): number {
	return LUMA_601.r * r + LUMA_601.g * g + LUMA_601.b * b;
}

function grid32(h: number, w: number): Grid {
	return { h, w, data: new Float32Array(h * w) };
}

/** RGBA → one grayscale grid (BT.601 luma, unrounded). Alpha is ignored. `out` is reused if given. */
export function toGray(img: RgbaImage, out?: Grid): Grid {
	const g = out ?? grid32(img.h, img.w);
	if (g.h !== img.h || g.w !== img.w) throw new RangeError('output grid has the wrong size');
	const d = img.data;
	const o = g.data;
	for (let i = 0, p = 0; i < o.length; i++, p += 4) o[i] = luma(d[p], d[p + 1], d[p + 2]);
	return g;
}

export type Channel = 'r' | 'g' | 'b';
export const CHANNELS: readonly Channel[] = ['r', 'g', 'b'];

/** The H × W × 3 image as three H × W grids, one per colour channel. */
export function splitChannels(img: RgbaImage): Record<Channel, Grid> {
	const n = img.w * img.h;
	const out = { r: grid32(img.h, img.w), g: grid32(img.h, img.w), b: grid32(img.h, img.w) };
	for (let i = 0; i < n; i++) {
		out.r.data[i] = img.data[4 * i];
		out.g.data[i] = img.data[4 * i + 1];
		out.b.data[i] = img.data[4 * i + 2];
	}
	return out;
}

/** True when every pixel has R = G = B (a grayscale picture stored as colour). */
export function isGrayscale(img: RgbaImage): boolean {
	const d = img.data;
	for (let p = 0; p < d.length; p += 4) if (d[p] !== d[p + 1] || d[p] !== d[p + 2]) return false;
	return true;
}

/** Size that fits within `max` × `max`, keeping the aspect ratio; never enlarges; at least 1 × 1. */
export function fitWithin(w: number, h: number, max: number): { w: number; h: number } {
	if (!(w >= 1 && h >= 1 && max >= 1)) throw new RangeError('sizes must be ≥ 1');
	const s = Math.min(1, max / Math.max(w, h));
	return {
		w: Math.min(max, Math.max(1, Math.round(w * s))),
		h: Math.min(max, Math.max(1, Math.round(h * s)))
	};
}

/**
 * For each output index along one axis: the source cells it covers and the fraction of each.
 * Output cell i covers source [i·n/m, (i+1)·n/m); weights are the overlaps ÷ (n/m), summing to 1.
 */
function coverage(n: number, m: number): { start: Int32Array; weights: Float64Array[] } {
	const step = n / m;
	const start = new Int32Array(m);
	const weights: Float64Array[] = [];
	for (let i = 0; i < m; i++) {
		const a = i * step;
		const b = (i + 1) * step;
		const first = Math.floor(a);
		const last = Math.min(n - 1, Math.ceil(b) - 1);
		const w = new Float64Array(last - first + 1);
		for (let j = first; j <= last; j++) w[j - first] = (Math.min(b, j + 1) - Math.max(a, j)) / step;
		start[i] = first;
		weights.push(w);
	}
	return { start, weights };
}

/**
 * Area-averaging downscale to outH × outW: each output pixel is the mean of the source area it
 * covers, partial pixels weighted by the fraction covered (a box filter). Exact block means for
 * whole-number factors; the image mean is preserved. Also works for enlarging (then it repeats).
 */
export function downscaleArea(src: Grid, outH: number, outW: number): Grid {
	if (!(Number.isInteger(outH) && Number.isInteger(outW) && outH >= 1 && outW >= 1))
		throw new RangeError('output size must be whole numbers ≥ 1');
	const cx = coverage(src.w, outW);
	const cy = coverage(src.h, outH);
	// Horizontal pass: src.h × outW.
	const tmp = new Float64Array(src.h * outW);
	for (let y = 0; y < src.h; y++) {
		const row = y * src.w;
		for (let x = 0; x < outW; x++) {
			const w = cx.weights[x];
			const s0 = row + cx.start[x];
			let acc = 0;
			for (let j = 0; j < w.length; j++) acc += w[j] * src.data[s0 + j];
			tmp[y * outW + x] = acc;
		}
	}
	const out = grid32(outH, outW);
	for (let y = 0; y < outH; y++) {
		const w = cy.weights[y];
		for (let x = 0; x < outW; x++) {
			let acc = 0;
			for (let j = 0; j < w.length; j++) acc += w[j] * tmp[(cy.start[y] + j) * outW + x];
			out.data[y * outW + x] = acc;
		}
	}
	return out;
}

/** Downscale an RGBA image by area averaging, channel by channel (alpha too), rounding to bytes. */
export function downscaleRgba(img: RgbaImage, outH: number, outW: number): RgbaImage {
	const data = new Uint8ClampedArray(outH * outW * 4);
	for (let c = 0; c < 4; c++) {
		const ch = grid32(img.h, img.w);
		for (let i = 0; i < ch.data.length; i++) ch.data[i] = img.data[4 * i + c];
		const small = downscaleArea(ch, outH, outW);
		for (let i = 0; i < small.data.length; i++) data[4 * i + c] = toByte(small.data[i]);
	}
	return { w: outW, h: outH, data };
}

// ---- numbers → display ------------------------------------------------------------------

/** A value as a displayable byte: rounded and clamped to 0…255 (not a number → 0). */
export function toByte(v: number): number {
	if (!(v > 0)) return 0; // also NaN
	return v >= 255 ? 255 : Math.round(v);
}

/** The largest |v| of a grid (0 for an empty or all-zero grid); non-finite values are skipped. */
export function maxAbs(values: ArrayLike<number>): number {
	let m = 0;
	for (let i = 0; i < values.length; i++) {
		const a = Math.abs(values[i]);
		if (a > m && Number.isFinite(a)) m = a;
	}
	return m;
}

/**
 * Signed display (diverging around mid-gray): 0 → 128, +scale → 255 (white), −scale → 1
 * (black side), so negative outputs stay visible instead of clamping to black. `scale` ≤ 0 → 128.
 */
export function signedToByte(v: number, scale: number): number {
	if (!(scale > 0) || !Number.isFinite(v)) return 128;
	const t = Math.max(-1, Math.min(1, v / scale));
	return Math.round(128 + 127 * t);
}

/** The value a signed-display byte stands for (inverse of `signedToByte` up to rounding). */
export function byteToSigned(byte: number, scale: number): number {
	return ((byte - 128) / 127) * scale;
}

export type DisplayMode = 'clamp' | 'signed';

/**
 * Paint a grid into RGBA bytes as gray pixels: `clamp` shows 0…255 (below 0 black, above 255
 * white); `signed` maps −scale…+scale around mid-gray (scale defaults to the grid's max |v|).
 * `out` is reused (length 4·h·w). Returns the scale used (255 for clamp).
 */
export function paintGray(
	values: ArrayLike<number>,
	out: Uint8ClampedArray,
	mode: DisplayMode = 'clamp',
	scale?: number
): number {
	if (out.length !== values.length * 4) throw new RangeError('output has the wrong size');
	const s = mode === 'signed' ? (scale ?? maxAbs(values)) : 255;
	for (let i = 0, p = 0; i < values.length; i++, p += 4) {
		const b = mode === 'signed' ? signedToByte(values[i], s) : toByte(values[i]);
		out[p] = out[p + 1] = out[p + 2] = b;
		out[p + 3] = 255;
	}
	return s;
}

// ---- kernels ----------------------------------------------------------------------------

/**
 * The sum of a kernel's values. Summed with compensation and cleaned of rounding noise, so
 * `0.1, 0.2` sums to 0.3 and weights that cancel sum to exactly 0.
 */
export function kernelSum(values: ArrayLike<number>): number {
	let sum = 0;
	let c = 0;
	let abs = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		const t = sum + v;
		c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
		sum = t;
		abs += Math.abs(v);
	}
	const s = sum + c;
	if (Math.abs(s) <= 1e-12 * abs) return 0;
	return Number(s.toPrecision(15));
}

/**
 * Normalise a kernel by its sum so it keeps average brightness (a blur of 1s becomes a mean).
 * A kernel summing to 0 (edge detectors) cannot be normalised this way and is returned as is,
 * with `normalized: false`: its output is centred on 0 whatever the brightness.
 */
export function normalizeKernel(kernel: Grid): { kernel: Grid; sum: number; normalized: boolean } {
	const sum = kernelSum(kernel.data);
	if (sum === 0 || sum === 1) return { kernel, sum, normalized: false };
	const out = grid(kernel.h, kernel.w);
	for (let i = 0; i < out.data.length; i++) out.data[i] = kernel.data[i] / sum;
	return { kernel: out, sum, normalized: true };
}

// ---- uploads ----------------------------------------------------------------------------

export const UPLOAD_LIMITS = {
	/** Larger files are refused before decoding. */
	maxBytes: 40 * 1024 * 1024,
	/** Larger pictures are refused after reading their size (the decoded pixels alone would be > 200 MB). */
	maxPixels: 50_000_000,
	maxSide: 20_000
} as const;

export type UploadProblem = 'not-image' | 'too-big-file' | 'too-many-pixels' | 'empty';

/** Check a file's type and size before decoding it. */
export function checkUploadFile(file: { type: string; size: number }): UploadProblem | null {
	if (file.size === 0) return 'empty';
	if (!file.type.startsWith('image/')) return 'not-image';
	if (file.size > UPLOAD_LIMITS.maxBytes) return 'too-big-file';
	return null;
}

/** Check decoded dimensions. */
export function checkUploadSize(w: number, h: number): UploadProblem | null {
	if (!(w >= 1 && h >= 1)) return 'empty';
	if (w > UPLOAD_LIMITS.maxSide || h > UPLOAD_LIMITS.maxSide || w * h > UPLOAD_LIMITS.maxPixels)
		return 'too-many-pixels';
	return null;
}

/** How many values a clamped 0…255 display cannot show: below 0 (drawn black) and above 255 (white). */
export function countClipped(values: ArrayLike<number>): { below: number; above: number } {
	let below = 0;
	let above = 0;
	for (let i = 0; i < values.length; i++) {
		if (values[i] < 0) below++;
		else if (values[i] > 255) above++;
	}
	return { below, above };
}

/**
 * Resize a square kernel to k × k around its centre: growing pads with zeros, shrinking keeps the
 * centre (so a 3×3 kernel inside a 5×5 one filters the same way).
 */
export function resizeKernel(m: number[][], k: number): number[][] {
	const n = m.length;
	const off = (n - k) / 2;
	return Array.from({ length: k }, (_, y) => Array.from({ length: k }, (_, x) => m[y + off]?.[x + off] ?? 0));
}
