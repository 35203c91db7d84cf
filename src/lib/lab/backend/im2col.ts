import type { WindowGeometry } from './geometry';

/** Geometry of a 2-D convolution over NHWC input with an [fh, fw, inC, outC] filter. */
export interface ConvGeometry extends WindowGeometry {
	inC: number;
	outC: number;
}

/**
 * Transposed im2col: col[k·P + p] = x at the input pixel that filter tap k sees for output pixel p,
 * or 0 in the padding. k = (ky·fw + kx)·inC + c, p = (b·outH + oy)·outW + ox.
 */
export function im2colT(x: Float32Array, col: Float32Array, g: ConvGeometry): void {
	im2colTRange(x, col, g, 0, im2colTUnits(g));
}

/** im2colT's units of work, one per (tap row k, image b), each writing its own run of col. */
export function im2colTUnits(g: ConvGeometry): number {
	return g.fh * g.fw * g.inC * g.batch;
}

/** im2colT over units [from, to): unit u = k·batch + b fills col[k·P + b·outH·outW …]. */
export function im2colTRange(
	x: Float32Array,
	col: Float32Array,
	g: ConvGeometry,
	from: number,
	to: number
): void {
	const { batch, inH, inW, inC, outH, outW, fw, sh, sw, padTop, padLeft } = g;
	const P = batch * outH * outW;
	const plane = outH * outW;
	for (let u = from; u < to; u++) {
		const k = Math.floor(u / batch);
		const b = u - k * batch;
		const c = k % inC;
		const tap = (k - c) / inC;
		const kx = tap % fw;
		const ky = (tap - kx) / fw;
		// Output columns whose input column ix = ox·sw − padLeft + kx lies inside [0, inW).
		let oxLo = Math.ceil((padLeft - kx) / sw);
		if (oxLo < 0) oxLo = 0;
		let oxHi = Math.floor((inW - 1 + padLeft - kx) / sw) + 1;
		if (oxHi > outW) oxHi = outW;
		const xb = b * inH * inW * inC + c;
		const rb = k * P + b * plane;
		for (let oy = 0; oy < outH; oy++) {
			const iy = oy * sh - padTop + ky;
			const r = rb + oy * outW;
			if (iy < 0 || iy >= inH || oxLo >= oxHi) {
				col.fill(0, r, r + outW);
				continue;
			}
			for (let ox = 0; ox < oxLo; ox++) col[r + ox] = 0;
			const xr = xb + iy * inW * inC;
			let xi = xr + (oxLo * sw - padLeft + kx) * inC;
			const step = sw * inC;
			for (let ox = oxLo; ox < oxHi; ox++, xi += step) col[r + ox] = x[xi];
			for (let ox = oxHi; ox < outW; ox++) col[r + ox] = 0;
		}
	}
}

/**
 * The layouts the filter gradient's forward convolution needs (conv-filter-wasm.ts), split by
 * the outermost index of their source so that threads write disjoint elements.
 * NHWC [B, H·W, C] → [C, H·W, B], units: images b.
 */
export function nhwcToCHWB(
	src: Float32Array,
	dst: Float32Array,
	g: { B: number; hw: number; C: number },
	from: number,
	to: number
): void {
	const { B, hw, C } = g;
	for (let b = from; b < to; b++) {
		for (let q = 0; q < hw; q++) {
			const s = (b * hw + q) * C;
			for (let c = 0; c < C; c++) dst[(c * hw + q) * B + b] = src[s + c];
		}
	}
}

/**
 * [n, m, k] → [m, n, k] over the outer indices [from, to) of n, each writing its own elements:
 * [B, H·W, O] → [H·W, B, O] (units: images) and [C, taps, O] → [taps, C, O], the filter's layout
 * (units: input channels).
 */
export function swapOuterAxes(
	src: Float32Array,
	dst: Float32Array,
	n: number,
	m: number,
	k: number,
	from: number,
	to: number
): void {
	for (let a = from; a < to; a++) {
		for (let q = 0; q < m; q++) {
			const s = (a * m + q) * k;
			const d = (q * n + a) * k;
			for (let i = 0; i < k; i++) dst[d + i] = src[s + i];
		}
	}
}

/**
 * col2im, the adjoint of im2col: dx[pixel that tap k sees for output p] += dcol[p·K + k]
 * (dcol is [P, K], row per output pixel). dx must start zeroed.
 */
export function col2im(dcol: Float32Array, dx: Float32Array, g: ConvGeometry): void {
	const { batch, inH, inW, inC, outH, outW, fh, fw, sh, sw, padTop, padLeft } = g;
	const K = fh * fw * inC;
	let p = 0;
	for (let b = 0; b < batch; b++) {
		const xb = b * inH * inW * inC;
		for (let oy = 0; oy < outH; oy++) {
			for (let ox = 0; ox < outW; ox++, p++) {
				const row = p * K;
				for (let ky = 0; ky < fh; ky++) {
					const iy = oy * sh - padTop + ky;
					if (iy < 0 || iy >= inH) continue;
					for (let kx = 0; kx < fw; kx++) {
						const ix = ox * sw - padLeft + kx;
						if (ix < 0 || ix >= inW) continue;
						const xi = xb + (iy * inW + ix) * inC;
						const ci = row + (ky * fw + kx) * inC;
						for (let c = 0; c < inC; c++) dx[xi + c] += dcol[ci + c];
					}
				}
			}
		}
	}
}
