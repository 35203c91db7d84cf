/** Pooling gradients on plain typed arrays (NHWC), matching tfjs's cpu backend. */
import type { WindowGeometry } from './geometry';

/** A pooling's geometry: C channels, each pooled on its own. */
export interface PoolGeometry extends WindowGeometry {
	C: number;
}

/**
 * dx for max pooling: each output's gradient goes to the first maximum of its window (row-major,
 * strict >, as tfjs cpu picks it); windows that overlap add up.
 *
 * The channels are the innermost loop, so every read walks memory in order (NHWC keeps a pixel's
 * channels side by side); each channel keeps its own best value and position. Per channel the
 * window is still scanned row-major with a strict >, so the same element wins as before.
 */
export function maxPoolGrad(x: Float32Array, dy: Float32Array, dx: Float32Array, g: PoolGeometry): void {
	dx.fill(0);
	maxPoolGradRange(x, dy, dx, g, 0, poolGradUnits(g));
}

/**
 * The pooling gradients split into units of work that write disjoint parts of dx, for threads
 * (kernel-pool.ts): one unit per output row (b, oy) when the windows of neighbouring rows share no
 * input row (stride ≥ window height), else one per image (b). Either way each dx element gets
 * its contributions in the same order as in one pass over all units, so any split of [0, units)
 * into ranges gives bitwise the same dx.
 */
export function poolGradUnits(g: PoolGeometry): number {
	return g.sh >= g.fh ? g.batch * g.outH : g.batch;
}

/** The output rows (flat b·outH + oy) that units [from, to) cover. */
function unitRows(g: PoolGeometry, from: number, to: number): [number, number] {
	const per = g.sh >= g.fh ? 1 : g.outH;
	return [from * per, Math.min(to * per, g.batch * g.outH)];
}

/**
 * Every output of rows [r0, r1) with its window clipped to the input: `visit(xb, yLo, yHi, xLo,
 * xHi, d)`, xb the image's first element in x, d the output's first channel in dy.
 */
function forEachWindow(
	g: PoolGeometry,
	r0: number,
	r1: number,
	visit: (xb: number, yLo: number, yHi: number, xLo: number, xHi: number, d: number) => void
): void {
	const { inH, inW, C, outH, outW, fh, fw, sh, sw, padTop, padLeft } = g;
	for (let r = r0; r < r1; r++) {
		const b = Math.floor(r / outH);
		const oy = r - b * outH;
		const xb = b * inH * inW * C;
		const y0 = oy * sh - padTop;
		const yLo = Math.max(0, y0);
		const yHi = Math.min(inH, y0 + fh);
		for (let ox = 0; ox < outW; ox++) {
			const x0 = ox * sw - padLeft;
			visit(xb, yLo, yHi, Math.max(0, x0), Math.min(inW, x0 + fw), (r * outW + ox) * C);
		}
	}
}

/** maxPoolGrad over units [from, to) of poolGradUnits(g); dx must start zeroed. */
export function maxPoolGradRange(
	x: Float32Array,
	dy: Float32Array,
	dx: Float32Array,
	g: PoolGeometry,
	from: number,
	to: number
): void {
	const { inH, inW, C, outH, outW, fh, fw, sh, sw, padTop, padLeft } = g;
	const [r0, r1] = unitRows(g, from, to);
	if (
		fh === 2 &&
		fw === 2 &&
		sh === 2 &&
		sw === 2 &&
		padTop === 0 &&
		padLeft === 0 &&
		2 * outH <= inH &&
		2 * outW <= inW
	)
		return maxPoolGrad2x2(x, dy, dx, g, r0, r1);
	const best = new Float32Array(C);
	const where = new Int32Array(C);
	forEachWindow(g, r0, r1, (xb, yLo, yHi, xLo, xHi, d) => {
		best.fill(-Infinity);
		where.fill(-1);
		for (let iy = yLo; iy < yHi; iy++) {
			let i = xb + (iy * inW + xLo) * C;
			for (let ix = xLo; ix < xHi; ix++) {
				for (let c = 0; c < C; c++, i++) {
					const v = x[i];
					if (v > best[c]) {
						best[c] = v;
						where[c] = i;
					}
				}
			}
		}
		for (let c = 0; c < C; c++) if (where[c] >= 0) dx[where[c]] += dy[d + c];
	});
}

/**
 * The lab's own pooling (2×2 windows, stride 2, no padding, each window inside the input): the
 * four candidates are compared in the same row-major order with the same strict >, unrolled.
 */
function maxPoolGrad2x2(
	x: Float32Array,
	dy: Float32Array,
	dx: Float32Array,
	g: PoolGeometry,
	r0: number,
	r1: number
): void {
	const { inH, inW, C, outH, outW } = g;
	const row = inW * C;
	for (let r = r0; r < r1; r++) {
		const b = Math.floor(r / outH);
		const oy = r - b * outH;
		const xb = b * inH * row;
		for (let ox = 0; ox < outW; ox++) {
			const top = xb + 2 * oy * row + 2 * ox * C;
			const d = (r * outW + ox) * C;
			for (let c = 0; c < C; c++) {
				const i0 = top + c;
				const i1 = i0 + C;
				const i2 = i0 + row;
				const i3 = i2 + C;
				let best = -Infinity;
				let where = -1;
				let v = x[i0];
				if (v > best) {
					best = v;
					where = i0;
				}
				v = x[i1];
				if (v > best) {
					best = v;
					where = i1;
				}
				v = x[i2];
				if (v > best) {
					best = v;
					where = i2;
				}
				v = x[i3];
				if (v > best) where = i3;
				if (where >= 0) dx[where] += dy[d + c];
			}
		}
	}
}

/** dx for average pooling: each output's gradient spread evenly over its window (tfjs divides by
 * the full filter area, padding included). */
export function avgPoolGrad(dy: Float32Array, dx: Float32Array, g: PoolGeometry): void {
	dx.fill(0);
	avgPoolGradRange(dy, dx, g, 0, poolGradUnits(g));
}

/** avgPoolGrad over units [from, to) of poolGradUnits(g); dx must start zeroed. */
export function avgPoolGradRange(
	dy: Float32Array,
	dx: Float32Array,
	g: PoolGeometry,
	from: number,
	to: number
): void {
	const { inW, C, fh, fw } = g;
	const [r0, r1] = unitRows(g, from, to);
	const scale = 1 / (fh * fw);
	forEachWindow(g, r0, r1, (xb, yLo, yHi, xLo, xHi, d) => {
		for (let iy = yLo; iy < yHi; iy++) {
			for (let ix = xLo; ix < xHi; ix++) {
				const base = xb + (iy * inW + ix) * C;
				for (let c = 0; c < C; c++) dx[base + c] += dy[d + c] * scale;
			}
		}
	});
}
