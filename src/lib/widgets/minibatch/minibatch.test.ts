// The mini-batch widget's runs against the updates written out here for the line fit
// ½·mean((w·x + b − y)²): full-batch descent, heavy-ball momentum and Adam with bias correction
// step by step, and each SGD update as a descent step on the batch it names, the batches of an
// epoch covering every point once; a long run ends at the closed-form least-squares line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquares } from '$lib/math/linear';
import { MinibatchState } from './minibatch.svelte';
import { POINTS } from './params';

/** ∂/∂w and ∂/∂b of ½·mean over `idx` of (w·x + b − y)², written out. */
function grad(w: number, b: number, idx: number[]): [number, number] {
	let gw = 0,
		gb = 0;
	for (const i of idx) {
		const { x, y } = POINTS[i];
		gw += (w * x + b - y) * x;
		gb += w * x + b - y;
	}
	return [gw / idx.length, gb / idx.length];
}
const ALL = POINTS.map((_, i) => i);
const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 9));

describe('minibatch state', () => {
	it('full-batch descent, momentum and Adam match the updates written out', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.001, max: 0.3, noNaN: true }),
				fc.integer({ min: 0, max: 40 }),
				fc.double({ min: 0, max: 0.95, noNaN: true }),
				(lr, steps, beta) => {
					const s = new MinibatchState({ lr, steps, momentum: beta });
					let [w, b] = [0, 0];
					let [mw, mb, vw, vb] = [0, 0, 0, 0];
					let [aw, ab, m1, m2, u1, u2] = [0, 0, 0, 0, 0, 0];
					const [b1, b2, eps] = [0.9, 0.999, 1e-8];
					for (let t = 1; t <= steps; t++) {
						const g = grad(w, b, ALL);
						[w, b] = [w - lr * g[0], b - lr * g[1]];
						const h = grad(mw, mb, ALL);
						[vw, vb] = [beta * vw - lr * h[0], beta * vb - lr * h[1]];
						[mw, mb] = [mw + vw, mb + vb];
						const k = grad(aw, ab, ALL);
						[m1, m2] = [b1 * m1 + (1 - b1) * k[0], b1 * m2 + (1 - b1) * k[1]];
						[u1, u2] = [b2 * u1 + (1 - b2) * k[0] ** 2, b2 * u2 + (1 - b2) * k[1] ** 2];
						const c1 = 1 - b1 ** t,
							c2 = 1 - b2 ** t;
						aw -= (lr * (m1 / c1)) / (Math.sqrt(u1 / c2) + eps);
						ab -= (lr * (m2 / c1)) / (Math.sqrt(u2 / c2) + eps);
					}
					close(s.tracks.gd.path.at(-1)!, [w, b]);
					close(s.tracks.momentum.path.at(-1)!, [mw, mb]);
					close(s.tracks.adam.path.at(-1)!, [aw, ab]);
					const loss = (p: number[]) =>
						POINTS.reduce((acc, { x, y }) => acc + (p[0] * x + p[1] - y) ** 2, 0) / (2 * POINTS.length);
					for (const r of ['gd', 'sgd', 'momentum', 'adam'] as const)
						expect(s.tracks[r].losses.at(-1)).toBeCloseTo(loss(s.tracks[r].path.at(-1)!), 12);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('each SGD update is a descent step on the batch it names, and each epoch uses every point once', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 0, max: 9999 }),
				fc.integer({ min: 1, max: 60 }),
				(batch, seed, steps) => {
					const s = new MinibatchState({ batch, seed, steps, lr: 0.1 });
					const { path, batches } = s.sgd;
					expect(batches.length).toBe(steps);
					let epoch: number[] = [];
					for (let t = 0; t < steps; t++) {
						const idx = batches[t];
						expect(idx.length).toBe(Math.min(batch, 8 - epoch.length));
						epoch.push(...idx);
						if (epoch.length === 8) {
							expect([...epoch].sort()).toEqual(ALL);
							epoch = [];
						}
						const g = grad(path[t][0], path[t][1], idx);
						close(path[t + 1], [path[t][0] - 0.1 * g[0], path[t][1] - 0.1 * g[1]]);
					}
				}
			),
			{ numRuns: 80 }
		);
	});

	it('with the batch at 8, SGD is full-batch descent; run long, both reach the least-squares line', () => {
		const s = new MinibatchState({ batch: 8, steps: 200, lr: 0.3 });
		s.tracks.sgd.path.forEach((p, i) => close(p, s.tracks.gd.path[i]));
		const fit = leastSquares([...POINTS])!;
		close(s.tracks.gd.path.at(-1)!, [fit.w, fit.b]);
		expect(new MinibatchState().query).toBe('');
	});

	it('a small batch is noisy: its loss on all points rises on some updates, full-batch descent never does', () => {
		const s = new MinibatchState({ batch: 1, steps: 40 });
		const rises = (l: number[]) => l.slice(1).filter((v, i) => v > l[i] + 1e-12).length;
		expect(rises(s.tracks.sgd.losses)).toBeGreaterThan(0);
		expect(rises(s.tracks.gd.losses)).toBe(0);
		// and so is the default (batches of 2), as lesson 4 says
		const d = new MinibatchState();
		expect(rises(d.tracks.sgd.losses)).toBeGreaterThan(0);
		expect(d.sgd.batches.slice(0, 4).flat().sort()).toEqual(ALL);
	});
});
