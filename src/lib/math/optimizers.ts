// Optimisers on a loss with a gradient, each from the same start with the same learning rate:
//   gd:       x ← x − lr·∇f
//   momentum: v ← β·v − lr·∇f, x ← x + v, from v = 0 (heavy ball, CONTRACT v2)
//   adam:     m ← β₁m + (1−β₁)g, u ← β₂u + (1−β₂)g², m̂ = m/(1−β₁ᵗ), û = u/(1−β₂ᵗ),
//             x ← x − lr·m̂/(√û + ε)   (Kingma & Ba 2015, Algorithm 1)
// Vectors are plain arrays, so the same code runs on the 2-D valley and on least squares.

import { rng, shuffle } from './rng';

export type Grad = (x: readonly number[]) => number[];

export interface AdamOpts {
	beta1: number;
	beta2: number;
	eps: number;
}

/**
 * The path from x0 through `steps` updates: `update(x, g, t)` gives the next point from the
 * gradient g at x, at step t = 1, 2, …
 */
function descend(
	grad: Grad,
	x0: readonly number[],
	steps: number,
	update: (x: number[], g: number[], t: number) => number[]
): number[][] {
	const path = [x0.slice()];
	let x = x0.slice();
	for (let t = 1; t <= steps; t++) {
		x = update(x, grad(x), t);
		path.push(x);
	}
	return path;
}

export function gdPath(grad: Grad, x0: readonly number[], lr: number, steps: number): number[][] {
	return descend(grad, x0, steps, (x, g) => x.map((xi, i) => xi - lr * g[i]));
}

export function momentumPath(
	grad: Grad,
	x0: readonly number[],
	lr: number,
	beta: number,
	steps: number
): number[][] {
	let v = x0.map(() => 0);
	return descend(grad, x0, steps, (x, g) => {
		v = v.map((vi, i) => beta * vi - lr * g[i]);
		return x.map((xi, i) => xi + v[i]);
	});
}

export function adamPath(
	grad: Grad,
	x0: readonly number[],
	lr: number,
	o: AdamOpts,
	steps: number
): number[][] {
	let m = x0.map(() => 0);
	let u = x0.map(() => 0);
	return descend(grad, x0, steps, (x, g, t) => {
		m = m.map((mi, i) => o.beta1 * mi + (1 - o.beta1) * g[i]);
		u = u.map((ui, i) => o.beta2 * ui + (1 - o.beta2) * g[i] * g[i]);
		const c1 = 1 - o.beta1 ** t;
		const c2 = 1 - o.beta2 ** t;
		return x.map((xi, i) => xi - (lr * (m[i] / c1)) / (Math.sqrt(u[i] / c2) + o.eps));
	});
}

/** Gradient of the mean squared error ½·mean((w·x + b − y)²) over `pts` at p = [w, b]. */
export function lineGrad(pts: readonly { x: number; y: number }[]): Grad {
	return ([w, b]) => {
		let gw = 0,
			gb = 0;
		for (const { x, y } of pts) {
			const e = w * x + b - y;
			gw += e * x;
			gb += e;
		}
		return [gw / pts.length, gb / pts.length];
	};
}

/** Mini-batch SGD on a line fit: each epoch shuffles the points with `seed`, then steps on
 * batches of `batch` points (the last batch of an epoch may be smaller). Returns the parameters
 * after every update and the indices of the points each update used. */
export function sgdLineRun(
	pts: readonly { x: number; y: number }[],
	p0: readonly number[],
	lr: number,
	batch: number,
	updates: number,
	seed: number
): { path: number[][]; batches: number[][] } {
	const r = rng(seed);
	const path = [p0.slice()];
	const batches: number[][] = [];
	const all = pts.map((_, i) => i);
	let p = p0.slice();
	let order: number[] = [];
	for (let t = 0; t < updates; t++) {
		if (order.length === 0) order = shuffle(r, all);
		const b = order.splice(0, Math.max(1, Math.min(batch, pts.length)));
		const g = lineGrad(b.map((i) => pts[i]))(p);
		p = p.map((v, i) => v - lr * g[i]);
		path.push(p);
		batches.push(b);
	}
	return { path, batches };
}

/** The parameters after every update of sgdLineRun. */
export function sgdLinePath(
	pts: readonly { x: number; y: number }[],
	p0: readonly number[],
	lr: number,
	batch: number,
	updates: number,
	seed: number
): number[][] {
	return sgdLineRun(pts, p0, lr, batch, updates, seed).path;
}

/** The first step (index into `path`) where a coordinate is not finite or exceeds `limit` in
 * size, or null when the whole path stays within it. */
export function divergedAt(path: readonly (readonly number[])[], limit = 1e6): number | null {
	const i = path.findIndex((p) => p.some((v) => !Number.isFinite(v) || Math.abs(v) > limit));
	return i < 0 ? null : i;
}
