/** Geometry of a 2-D convolution over NHWC input with an [fh, fw, inC, outC] filter. */
export interface ConvGeometry {
	batch: number;
	inH: number;
	inW: number;
	inC: number;
	outH: number;
	outW: number;
	outC: number;
	fh: number;
	fw: number;
	sh: number;
	sw: number;
	padTop: number;
	padLeft: number;
}

/**
 * Transposed im2col: col[k·P + p] = x at the input pixel that filter tap k sees for output pixel p,
 * or 0 in the padding. k = (ky·fw + kx)·inC + c, p = (b·outH + oy)·outW + ox.
 */
export function im2colT(x: Float32Array, col: Float32Array, g: ConvGeometry): void {
	const { batch, inH, inW, inC, outH, outW, fh, fw, sh, sw, padTop, padLeft } = g;
	const P = batch * outH * outW;
	const plane = outH * outW;
	for (let ky = 0; ky < fh; ky++) {
		for (let kx = 0; kx < fw; kx++) {
			// Output columns whose input column ix = ox·sw − padLeft + kx lies inside [0, inW).
			let oxLo = Math.ceil((padLeft - kx) / sw);
			if (oxLo < 0) oxLo = 0;
			let oxHi = Math.floor((inW - 1 + padLeft - kx) / sw) + 1;
			if (oxHi > outW) oxHi = outW;
			for (let c = 0; c < inC; c++) {
				const rowBase = ((ky * fw + kx) * inC + c) * P;
				for (let b = 0; b < batch; b++) {
					const xb = b * inH * inW * inC + c;
					const rb = rowBase + b * plane;
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
