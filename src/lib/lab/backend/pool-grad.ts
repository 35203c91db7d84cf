/** Pooling gradients on plain typed arrays (NHWC), matching tfjs's cpu backend. */

export interface PoolGeometry {
	batch: number;
	inH: number;
	inW: number;
	C: number;
	outH: number;
	outW: number;
	fh: number;
	fw: number;
	sh: number;
	sw: number;
	padTop: number;
	padLeft: number;
}

/**
 * dx for max pooling: each output's gradient goes to the first maximum of its window (row-major,
 * strict >, as tfjs cpu picks it); windows that overlap add up.
 */
export function maxPoolGrad(x: Float32Array, dy: Float32Array, dx: Float32Array, g: PoolGeometry): void {
	const { batch, inH, inW, C, outH, outW, fh, fw, sh, sw, padTop, padLeft } = g;
	dx.fill(0);
	for (let b = 0; b < batch; b++) {
		const xb = b * inH * inW * C;
		for (let oy = 0; oy < outH; oy++) {
			const y0 = oy * sh - padTop;
			const yLo = Math.max(0, y0);
			const yHi = Math.min(inH, y0 + fh);
			for (let ox = 0; ox < outW; ox++) {
				const x0 = ox * sw - padLeft;
				const xLo = Math.max(0, x0);
				const xHi = Math.min(inW, x0 + fw);
				const d = ((b * outH + oy) * outW + ox) * C;
				for (let c = 0; c < C; c++) {
					let best = -Infinity;
					let where = -1;
					for (let iy = yLo; iy < yHi; iy++) {
						let i = xb + (iy * inW + xLo) * C + c;
						for (let ix = xLo; ix < xHi; ix++, i += C) {
							const v = x[i];
							if (v > best) {
								best = v;
								where = i;
							}
						}
					}
					if (where >= 0) dx[where] += dy[d + c];
				}
			}
		}
	}
}

/** dx for average pooling: each output's gradient spread evenly over its window (tfjs divides by
 * the full filter area, padding included). */
export function avgPoolGrad(dy: Float32Array, dx: Float32Array, g: PoolGeometry): void {
	const { batch, inH, inW, C, outH, outW, fh, fw, sh, sw, padTop, padLeft } = g;
	dx.fill(0);
	const scale = 1 / (fh * fw);
	for (let b = 0; b < batch; b++) {
		const xb = b * inH * inW * C;
		for (let oy = 0; oy < outH; oy++) {
			const y0 = oy * sh - padTop;
			const yLo = Math.max(0, y0);
			const yHi = Math.min(inH, y0 + fh);
			for (let ox = 0; ox < outW; ox++) {
				const x0 = ox * sw - padLeft;
				const xLo = Math.max(0, x0);
				const xHi = Math.min(inW, x0 + fw);
				const d = ((b * outH + oy) * outW + ox) * C;
				for (let iy = yLo; iy < yHi; iy++) {
					for (let ix = xLo; ix < xHi; ix++) {
						const base = xb + (iy * inW + ix) * C;
						for (let c = 0; c < C; c++) dx[base + c] += dy[d + c] * scale;
					}
				}
			}
		}
	}
}
