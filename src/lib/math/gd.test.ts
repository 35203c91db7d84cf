import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	doubleWellLandmarks,
	FNS_1D,
	GROWING_STEPS,
	LOSS_1D,
	LOSS_2D,
	lossGrowing,
	run1D,
	run2D,
	runVerdict,
	stationaryPoints,
	status1D,
	type Fn1D
} from './gd';
import { en } from '$lib/i18n/en';
import { id as idNn } from '$lib/i18n/id';

const q = LOSS_1D.quadratic;
const dw = LOSS_1D['double-well'];

/** An independent transcription of the contract's rule, for comparison. */
function reference(df: (x: number) => number, lr: number, x0: number, steps: number) {
	let x = x0;
	for (let i = 0; i < steps; i++) {
		if (!Number.isFinite(x) || Math.abs(x) > 1e6) break;
		if (Math.abs(lr * df(x)) < 1e-6) break;
		x = x - lr * df(x);
	}
	return x;
}

describe('1-D functions', () => {
	it('are the contract’s formulas', () => {
		expect(q.f(3)).toBe(9);
		expect(q.df(3)).toBe(6);
		expect(dw.f(2)).toBe(16 - 12 + 2);
		expect(dw.df(2)).toBe(32 - 12 + 1);
		expect(dw.f(-1)).toBe(1 - 3 - 1);
		expect(LOSS_1D.plateau.f(1)).toBe(0.5);
		expect(LOSS_1D.plateau.df(1)).toBe(0.5);
	});
	it('derivatives agree with finite differences', () => {
		for (const fn of Object.values(LOSS_1D))
			fc.assert(
				fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (x) => {
					const h = 1e-6;
					expect(fn.df(x)).toBeCloseTo((fn.f(x + h) - fn.f(x - h)) / (2 * h), 4);
				})
			);
	});
});

describe('run1D (contract rule)', () => {
	it('hand-computed steps on x²', () => {
		const r = run1D(q, 0.1, 1, 2);
		expect(r.xs).toEqual([1, 0.8, 0.8 - 0.1 * 1.6]);
		expect(r.x).toBe(0.8 - 0.1 * 1.6);
		expect(r.loss).toBe(r.x * r.x);
		expect(r.status).toBe('running');
	});
	it('lr = 0.5 on x² lands on 0 in one step and stops there: converged', () => {
		const r = run1D(q, 0.5, 3, 10);
		expect(r.x).toBe(0);
		expect(r.updates).toBe(1);
		expect(r.status).toBe('converged');
	});
	it('lr = 1 on x² oscillates forever between ±x0', () => {
		const r = run1D(q, 1, 2, 7);
		expect(r.xs).toEqual([2, -2, 2, -2, 2, -2, 2, -2]);
		expect(r.status).toBe('running');
	});
	it('lr = 1.5 on x² doubles |x| each step and diverges after 20 updates, then stops', () => {
		const r = run1D(q, 1.5, 1, 1000);
		expect(r.updates).toBe(20);
		expect(r.x).toBe(2 ** 20);
		expect(r.status).toBe('diverged');
		expect(Number.isFinite(r.loss)).toBe(true);
	});
	it('double-well: the start decides which minimum it reaches', () => {
		const right = run1D(dw, 0.01, 2, 1000);
		const left = run1D(dw, 0.01, -2, 1000);
		expect(right.status).toBe('converged');
		expect(left.status).toBe('converged');
		expect(Math.abs(dw.df(right.x))).toBeLessThan(1e-3);
		expect(right.x).toBeCloseTo(1.1309, 3);
		expect(left.x).toBeCloseTo(-1.3008, 3);
		expect(left.loss).toBeLessThan(right.loss);
	});
	it('steps = 0 reports x0 and its status', () => {
		expect(run1D(q, 0.1, 0, 0).status).toBe('converged');
		expect(run1D(q, 0.1, 5, 0)).toMatchObject({ x: 5, loss: 25, status: 'running', updates: 0 });
		expect(status1D(q, 0.1, Infinity)).toBe('diverged');
		expect(status1D(q, 0.1, 2e6)).toBe('diverged');
	});
	it('matches an independent loop bit for bit, for both contract functions', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('quadratic' as const, 'double-well' as const),
				fc.double({ min: 1e-4, max: 2, noNaN: true }),
				fc.double({ min: -10, max: 10, noNaN: true }),
				fc.integer({ min: 0, max: 300 }),
				(name, lr, x0, steps) => {
					const fn = LOSS_1D[name];
					const r = run1D(fn, lr, x0, steps);
					expect(r.x).toBe(reference(fn.df, lr, x0, steps));
					expect(r.loss).toBe(fn.f(r.x));
					expect(r.xs.length).toBe(r.updates + 1);
					expect(r.updates).toBeLessThanOrEqual(steps);
					if (r.updates < steps) expect(r.status).not.toBe('running');
				}
			)
		);
	});
	it('on x² with 0 < lr < 1, |x| never grows', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e-4, max: 0.999, noNaN: true }),
				fc.double({ min: -10, max: 10, noNaN: true }),
				(lr, x0) => {
					const r = run1D(q, lr, x0, 50);
					for (let i = 1; i < r.xs.length; i++)
						expect(Math.abs(r.xs[i])).toBeLessThanOrEqual(Math.abs(r.xs[i - 1]));
				}
			)
		);
	});
	it('momentum 0 is plain descent; momentum > 0 moves further on the first steps of x²', () => {
		expect(run1D(q, 0.05, 4, 30, 0).x).toBe(run1D(q, 0.05, 4, 30).x);
		const plain = run1D(q, 0.01, 4, 5);
		const heavy = run1D(q, 0.01, 4, 5, 0.9);
		expect(heavy.x).toBeLessThan(plain.x);
		// v1 = −0.01·8 = −0.08, x1 = 3.92; v2 = 0.9·(−0.08) − 0.01·7.84 = −0.1504, x2 = 3.7696
		expect(run1D(q, 0.01, 4, 2, 0.9).x).toBeCloseTo(3.7696, 12);
	});
});

describe('run2D', () => {
	it('hand-computed step on the bowl', () => {
		const r = run2D(LOSS_2D.bowl, 0.25, [2, -4], 1);
		expect(r.path).toEqual([
			[2, -4],
			[1, -2]
		]);
		expect(r.losses).toEqual([20, 5]);
	});
	it('zig-zags across the valley when lr is large for its steep direction', () => {
		const r = run2D(LOSS_2D.valley, 0.45, [4, 1], 6);
		const ys = r.path.map((p) => p[1]);
		for (let i = 1; i < ys.length; i++) expect(Math.sign(ys[i])).toBe(-Math.sign(ys[i - 1]));
	});
	it('diverges when lr is too large, and converges on the bowl with lr = 0.5', () => {
		expect(run2D(LOSS_2D.valley, 0.6, [1, 1], 500).status).toBe('diverged');
		expect(run2D(LOSS_2D.bowl, 0.5, [3, 1], 5)).toMatchObject({ status: 'converged', updates: 1 });
	});
	it('gradients agree with finite differences', () => {
		for (const fn of Object.values(LOSS_2D))
			fc.assert(
				fc.property(
					fc.double({ min: -5, max: 5, noNaN: true }),
					fc.double({ min: -5, max: 5, noNaN: true }),
					(x, y) => {
						const h = 1e-6;
						const [gx, gy] = fn.grad(x, y);
						expect(gx).toBeCloseTo((fn.f(x + h, y) - fn.f(x - h, y)) / (2 * h), 4);
						expect(gy).toBeCloseTo((fn.f(x, y + h) - fn.f(x, y - h)) / (2 * h), 4);
					}
				)
			);
	});
});

describe('convergence with momentum is judged on the true next step', () => {
	it('a ball still coasting is not converged (the issue-13 link)', () => {
		const r = run1D(LOSS_1D.quadratic, 0.0001, -5, 1000, 0.99);
		expect(r.status).toBe('running');
		expect(r.updates).toBe(1000);
	});
	it('whenever a run says converged, an independent loop moves x by less than 1e-6 next', () => {
		fc.assert(
			fc.property(
				fc.constantFrom<Fn1D>('quadratic', 'double-well', 'plateau'),
				fc.double({ min: 0.001, max: 0.4, noNaN: true }),
				fc.double({ min: -2, max: 2, noNaN: true }),
				fc.constantFrom(0, 0.5, 0.9, 0.99),
				(fn, lr, x0, beta) => {
					const f = LOSS_1D[fn];
					const r = run1D(f, lr, x0, 3000, beta);
					// the same updates, written again
					let x = x0,
						v = 0;
					for (let i = 0; i < r.updates; i++) {
						if (beta === 0) x = x - lr * f.df(x);
						else {
							v = beta * v - lr * f.df(x);
							x = x + v;
						}
					}
					expect(x).toBe(r.x);
					if (r.status === 'converged') {
						const next = beta * v - lr * f.df(x);
						expect(Math.abs(next)).toBeLessThan(1e-6);
					}
				}
			),
			{ numRuns: 200 }
		);
	});
	it('2-D: momentum on the valley is not converged while the velocity is large', () => {
		const r = run2D(LOSS_2D.valley, 0.001, [8, 1], 500, 0.99);
		expect(r.status).toBe('running');
		const plain = run2D(LOSS_2D.bowl, 0.1, [1, 1], 1000, 0);
		expect(plain.status).toBe('converged');
	});
});

describe('lossGrowing', () => {
	it('is true only after GROWING_STEPS increases in a row', () => {
		expect(lossGrowing([1, 2, 3, 4])).toBe(true);
		expect(lossGrowing([1, 2, 3])).toBe(false);
		expect(lossGrowing([5, 2, 3, 4])).toBe(false);
		expect(lossGrowing([1, 2, 2, 4])).toBe(false);
		expect(lossGrowing([4, 3, 2, 1])).toBe(false);
	});
	it('calls a diverging quadratic out long before |x| > 1e6', () => {
		const r = run1D(LOSS_1D.quadratic, 1.1, 1, 4);
		expect(r.status).toBe('running');
		expect(lossGrowing(r.losses)).toBe(true);
		expect(lossGrowing(run1D(LOSS_1D.quadratic, 0.9, 1, 4).losses)).toBe(false);
	});
});

describe('runVerdict: the widget’s explanation follows the numbers', () => {
	const lrs = [0.0001, 0.001, 0.01, 0.05, 0.1, 0.3, 0.5, 0.9, 0.99, 1, 1.01, 1.1, 1.5, 2];
	const betas = [0, 0.5, 0.9, 0.99];
	const x0s = [-5, -2, -0.5, 0.5, 2, 5];
	it('never says "diverging" while the ball stays below where it started (momentum coasting included)', () => {
		for (const fn of ['quadratic', 'double-well', 'plateau'] as const)
			for (const lr of lrs)
				for (const b of betas)
					for (const x0 of x0s)
						for (const steps of [5, 20, 100, 400]) {
							const r = run1D(LOSS_1D[fn], lr, x0, steps, b);
							if (runVerdict(r, fn) !== 'diverging') continue;
							// the last GROWING_STEPS losses grew, and the last is the highest of the run
							const l = r.losses;
							for (let i = l.length - GROWING_STEPS; i < l.length; i++)
								expect(l[i]).toBeGreaterThan(l[i - 1]);
							expect(l.at(-1)).toBe(Math.max(...l));
						}
	});
	it('calls out every quadratic run that truly diverges within a few steps, not only at |x| > 1e6', () => {
		// on x², plain descent diverges exactly when |1 − 2η| > 1
		for (const lr of [1.01, 1.1, 1.5, 2])
			for (const x0 of x0s) {
				const r = run1D(LOSS_1D.quadratic, lr, x0, GROWING_STEPS + 1);
				expect(r.status).toBe('running');
				expect(runVerdict(r, 'quadratic')).toBe('diverging');
			}
	});
	it('the issue’s momentum run is neither "converged" nor "diverging": it is still swinging', () => {
		const r = run1D(LOSS_1D.quadratic, 0.0001, -5, 1000, 0.99);
		expect(r.status).toBe('running');
		expect(runVerdict(r, 'quadratic')).not.toMatch(/converged|diverg/);
		// and "converged", when it is said, means the true next step is tiny
		for (const lr of lrs)
			for (const b of betas) {
				const q = run1D(LOSS_1D.quadratic, lr, 2, 1000, b);
				if (runVerdict(q, 'quadratic') !== 'converged') continue;
				const next = run1D(LOSS_1D.quadratic, lr, 2, q.updates + 1, b);
				// the run stopped, so replay one more update by hand with the velocity it had
				const v = q.xs.length >= 2 ? q.xs.at(-1)! - q.xs.at(-2)! : 0;
				const step = b === 0 ? -lr * 2 * q.x : b * v - lr * 2 * q.x;
				expect(Math.abs(step)).toBeLessThan(1e-6);
				expect(next.updates).toBe(q.updates);
			}
	});
	it('a constant swing is "stuck", a shrinking one "settling"', () => {
		expect(runVerdict(run1D(LOSS_1D.quadratic, 1, 2, 6), 'quadratic')).toBe('oscillating-stuck');
		expect(runVerdict(run1D(LOSS_1D.quadratic, 0.9, 2, 6), 'quadratic')).toBe('oscillating-settling');
		expect(runVerdict(run1D(LOSS_1D['double-well'], 0.15, 2, 200), 'double-well')).toBe('oscillating-stuck');
	});
	it('a momentum ball swinging through the minimum is "swinging", not "crawling"', () => {
		// β 0.95, η 0.01 from 2: it swings about 0.45 to and fro in 20 steps (net shift under 0.05).
		const r = run1D(LOSS_1D.quadratic, 0.01, 2, 100, 0.95);
		const last = r.xs.slice(-21);
		expect(Math.abs(last[20] - last[0])).toBeLessThan(0.05);
		let path = 0;
		for (let i = 1; i < last.length; i++) path += Math.abs(last[i] - last[i - 1]);
		expect(path).toBeGreaterThan(0.3);
		expect(runVerdict(r, 'quadratic', 0.95)).toBe('swinging');
		// the run too, at 382 and at 1000 updates
		for (const steps of [382, 1000])
			expect(runVerdict(run1D(LOSS_1D.quadratic, 0.0001, -5, steps, 0.99), 'quadratic', 0.99)).toBe(
				'swinging'
			);
		// without momentum, a run that has not turned back is never "swinging"
		expect(runVerdict(run1D(LOSS_1D.quadratic, 0.001, 2, 30), 'quadratic')).toBe('slow');
	});
	it('"slow" means every one of the last 20 steps was short: their total is under 5% of max(1, |x|)', () => {
		let slow = 0;
		for (const fn of FNS_1D)
			for (const lr of [1e-4, 1e-3, 0.01, 0.05, 0.3])
				for (const b of [0, 0.5, 0.9])
					for (const steps of [25, 100, 400]) {
						const r = run1D(LOSS_1D[fn], lr, 1.7, steps, b);
						if (runVerdict(r, fn, b) !== 'slow') continue;
						const tail = r.xs.slice(-21);
						const moved = tail.slice(1).reduce((a, x, i) => a + Math.abs(x - tail[i]), 0);
						expect(moved).toBeLessThan(0.05 * Math.max(1, Math.abs(r.x)));
						slow++;
					}
		expect(slow).toBeGreaterThan(5);
	});
	it('the local-minimum hint’s numbers are the double well’s, and the start decides the basin', () => {
		const local = run1D(dw, 0.01, 2, 5000).x;
		const global = run1D(dw, 0.01, -2, 5000).x;
		// the hill: f′ = 0 between the two minima, by bisection (f′ > 0 left of it, < 0 right of it)
		let [a, b] = [global + 0.01, local - 0.01];
		for (let i = 0; i < 60; i++) [a, b] = dw.df((a + b) / 2) > 0 ? [(a + b) / 2, b] : [a, (a + b) / 2];
		const m = doubleWellLandmarks();
		expect(m.local).toBeCloseTo(local, 3); // descent stops once |lr·f′| < 1e-6
		expect(m.global).toBeCloseTo(global, 3);
		expect(m.hill).toBeCloseTo(a, 6);
		// the hint names them through placeholders, in both languages
		for (const k of ['{local}', '{global}', '{hill}']) {
			expect(en['gd.hint.local']).toContain(k);
			expect(idNn['gd.hint.local']).toContain(k);
		}
		// every small rate ends in the basin it starts in: right of the hill local, left of it global
		for (const lr of [0.001, 0.01, 0.05])
			for (const x0 of [-2, -1, 0, 0.5, 1, 2]) {
				const r = run1D(dw, lr, x0, 20000);
				expect(r.status).toBe('converged');
				expect(r.x > a).toBe(x0 > a);
			}
	});
	it('the local minimum is named as such, the global one is plain "converged"', () => {
		expect(runVerdict(run1D(LOSS_1D['double-well'], 0.05, 2, 1000), 'double-well')).toBe('converged-local');
		expect(runVerdict(run1D(LOSS_1D['double-well'], 0.05, -2, 1000), 'double-well')).toBe('converged');
	});
});

describe('stationaryPoints', () => {
	// Independent reference: the three real roots of the depressed cubic t³ + pt + q = 0 by the
	// trigonometric method, t_k = 2√(−p/3)·cos(⅓·acos((3q/2p)·√(−3/p)) − 2πk/3).
	const trigRoots = (p: number, q: number) => {
		const r = 2 * Math.sqrt(-p / 3);
		const phi = Math.acos(((3 * q) / (2 * p)) * Math.sqrt(-3 / p)) / 3;
		return [0, 1, 2].map((k) => r * Math.cos(phi - (2 * Math.PI * k) / 3)).sort((x, y) => x - y);
	};
	it('finds the double well’s three stationary points where f′ = 4x³ − 6x + 1 vanishes', () => {
		const pts = stationaryPoints(LOSS_1D['double-well'], -3, 3);
		const want = trigRoots(-1.5, 0.25);
		expect(pts.map((p) => p.kind)).toEqual(['min', 'max', 'min']);
		pts.forEach((p, i) => expect(p.x).toBeCloseTo(want[i], 12));
	});
	it('agrees with the trigonometric roots for any quartic x⁴ + a·x² + b·x with three stationary points', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -6, max: -0.5, noNaN: true }),
				fc.double({ min: -1, max: 1, noNaN: true }),
				(a, b) => {
					// f′ = 4x³ + 2a·x + b = 0  ⇔  x³ + (a/2)x + b/4 = 0
					const p = a / 2;
					const q = b / 4;
					if (4 * p * p * p + 27 * q * q >= -1e-6) return; // needs three distinct real roots
					const fn = {
						f: (x: number) => x * x * x * x + a * x * x + b * x,
						df: (x: number) => 4 * x * x * x + 2 * a * x + b
					};
					const want = trigRoots(p, q);
					const got = stationaryPoints(fn, -4, 4, 2000);
					expect(got.map((g) => g.kind)).toEqual(['min', 'max', 'min']);
					got.forEach((g, i) => expect(g.x).toBeCloseTo(want[i], 8));
				}
			)
		);
	});
	it('tells the global from the local minimum by f, and puts the hill between them', () => {
		const m = doubleWellLandmarks();
		const f = LOSS_1D['double-well'].f;
		expect(f(m.global)).toBeLessThan(f(m.local));
		expect(Math.min(m.global, m.local) < m.hill && m.hill < Math.max(m.global, m.local)).toBe(true);
	});
});
