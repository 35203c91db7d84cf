// Gradient descent on small loss functions, in one and two dimensions, with optional momentum.
//
// The 1-D run follows the public contract (docs/CONTRACT.md, `gradient-descent`):
//   for each of `steps` iterations:
//     if the current x has already diverged or converged, stop (no more updates);
//     otherwise x ← x − lr·f′(x)   (plain float64, in exactly this order)
//   then report x, f(x) and the status of that final x:
//     `diverged`  if |x| > 1e6 or x is not finite,
//     `converged` if the next update would move x by less than 1e-6: |lr·f′(x)| without
//                 momentum (the contract's rule), |β·v − lr·f′(x)| with momentum β and velocity v,
//                 so a ball still coasting through the minimum is not called converged,
//     `running`   otherwise.
// With steps = 0 the status describes x0 itself.

export const DIVERGE_LIMIT = 1e6;
export const CONVERGE_TOL = 1e-6;

export const FNS_1D = ['quadratic', 'double-well', 'plateau'] as const;
export type Fn1D = (typeof FNS_1D)[number];
/** The functions the contract names (the embed accepts only these two for `fn`). */
export const CONTRACT_FNS = ['quadratic', 'double-well'] as const;

export interface LossFn1D {
	f(x: number): number;
	df(x: number): number;
}

export const LOSS_1D: Record<Fn1D, LossFn1D> = {
	/** f(x) = x², f′(x) = 2x. One minimum at 0. */
	quadratic: { f: (x) => x * x, df: (x) => 2 * x },
	/**
	 * f(x) = x⁴ − 3x² + x, f′(x) = 4x³ − 6x + 1. A global minimum near −1.30, a local one near 1.13.
	 * Powers are written as products evaluated left to right (x·x·x·x, 3·x·x, 4·x·x·x), not `**`:
	 * `**` calls pow(), whose last bit differs between JavaScript engines (Node's V8 and
	 * Chromium's disagree), while products are exact IEEE-754 operations that give the same
	 * digits everywhere, so a link shows the same x in every browser and matches a reference.
	 */
	'double-well': { f: (x) => x * x * x * x - 3 * x * x + x, df: (x) => 4 * x * x * x - 6 * x + 1 },
	/**
	 * f(x) = x²/(1 + x²): a bowl near 0 that flattens into a plateau far away, where the slope
	 * 2x/(1 + x²)² is almost 0 and descent crawls.
	 */
	plateau: {
		f: (x) => (x * x) / (1 + x * x),
		df: (x) => (2 * x) / ((1 + x * x) * (1 + x * x))
	}
};

/**
 * The points where f′ = 0 in [lo, hi], in increasing order: f′ is sampled on `n` intervals and
 * each sign change is narrowed by bisection to the last bit. Each point says whether it is a
 * minimum (f′ goes from − to +) or a maximum (+ to −). A double root that only touches 0 is
 * not found (the functions here have none).
 */
export function stationaryPoints(
	fn: LossFn1D,
	lo: number,
	hi: number,
	n = 400
): { x: number; kind: 'min' | 'max' }[] {
	const out: { x: number; kind: 'min' | 'max' }[] = [];
	for (let i = 0; i < n; i++) {
		let a = lo + ((hi - lo) * i) / n;
		let b = lo + ((hi - lo) * (i + 1)) / n;
		const da = fn.df(a);
		const db = fn.df(b);
		if (da === 0) {
			// an exact zero on the grid (a zero at b is taken as the next interval's a)
			out.push({ x: a, kind: db > 0 ? 'min' : 'max' });
			continue;
		}
		if (Math.sign(da) === Math.sign(db) || db === 0) continue;
		const rising = db > 0;
		for (let k = 0; k < 200; k++) {
			const m = (a + b) / 2;
			if (m === a || m === b) break;
			if (fn.df(m) > 0 === rising) b = m;
			else a = m;
		}
		out.push({ x: (a + b) / 2, kind: rising ? 'min' : 'max' });
	}
	return out;
}

/** The double well's landmarks: its global and local minima and the hill between them. */
export function doubleWellLandmarks(): { global: number; local: number; hill: number } {
	const fn = LOSS_1D['double-well'];
	const pts = stationaryPoints(fn, -3, 3);
	const mins = pts.filter((p) => p.kind === 'min').map((p) => p.x);
	const hill = pts.find((p) => p.kind === 'max')!.x;
	const [global, local] = fn.f(mins[0]) <= fn.f(mins[1]) ? [mins[0], mins[1]] : [mins[1], mins[0]];
	return { global, local, hill };
}

export type Status = 'converged' | 'diverged' | 'running';

export function isDiverged(x: number): boolean {
	return !Number.isFinite(x) || Math.abs(x) > DIVERGE_LIMIT;
}

/**
 * The contract's status of a point x for a function and learning rate; with momentum β and the
 * current velocity v, "converged" is judged on the true next step β·v − lr·f′(x).
 */
export function status1D(fn: LossFn1D, lr: number, x: number, v = 0, momentum = 0): Status {
	if (isDiverged(x)) return 'diverged';
	const step = momentum === 0 ? lr * fn.df(x) : momentum * v - lr * fn.df(x);
	if (Math.abs(step) < CONVERGE_TOL) return 'converged';
	return 'running';
}

/** Consecutive updates over which the loss must grow before a run is called diverging. */
export const GROWING_STEPS = 3;

/**
 * Whether the loss has grown at each of the last `k` updates to above every earlier loss: the
 * sign of divergence long before |x| reaches the contract's 1e6 limit. The "above every earlier
 * loss" part matters with momentum: a ball coasting up the far side of the bowl gains loss for
 * many steps, but (while it is settling) never climbs above where it started.
 */
export function lossGrowing(losses: readonly number[], k = GROWING_STEPS): boolean {
	if (losses.length < k + 1) return false;
	for (let i = losses.length - k; i < losses.length; i++) if (!(losses[i] > losses[i - 1])) return false;
	const last = losses[losses.length - 1];
	for (let i = 0; i < losses.length - 1; i++) if (!(last > losses[i])) return false;
	return true;
}

/** What a 1-D run is doing, for the widget's explanation (each kind has its own message). */
export type RunVerdict =
	| 'diverged' // status diverged (|x| > 1e6 or not finite)
	| 'converged-local' // converged, in the double well's local minimum (x > 0)
	| 'converged'
	| 'diverging' // the loss grew at each of the last GROWING_STEPS steps, to a new high
	| 'oscillating-settling' // the last moves alternate direction and the swing is shrinking
	| 'oscillating-stuck' // alternating, but the swing is not shrinking
	| 'swinging' // with momentum: the ball has passed the minimum and turned back, and still moves
	| 'slow' // the last 20 steps together (path length, not net shift) moved x less than 5% of max(1, |x|)
	| 'none';

/** How many steps 'slow' looks back over, and the share of max(1, |x|) they must stay under. */
export const SLOW_STEPS = 20;
export const SLOW_SHARE = 0.05;

/**
 * The verdict on a run (see RunVerdict), read from its numbers only; `momentum` is the β the run
 * used. "Slow" adds up the distance of each of the last 20 steps: a ball that swings 0.45 to and
 * fro in 20 steps and ends where it began is moving, not crawling.
 */
export function runVerdict(r: Run1D, fn: Fn1D, momentum = 0): RunVerdict {
	if (r.status === 'diverged') return 'diverged';
	if (r.status === 'converged') return fn === 'double-well' && r.x > 0 ? 'converged-local' : 'converged';
	if (lossGrowing(r.losses)) return 'diverging';
	const xs = r.xs;
	if (xs.length >= 4) {
		const d = xs.slice(-4).map((x, i, a) => (i === 0 ? 0 : x - a[i - 1]));
		if (d[1] * d[2] < 0 && d[2] * d[3] < 0) {
			// compare the last swing with the one two steps before (same side of the minimum)
			const l = r.losses;
			return l[l.length - 1] < l[l.length - 3] ? 'oscillating-settling' : 'oscillating-stuck';
		}
	}
	if (momentum > 0 && turnedBack(xs)) return 'swinging';
	if (
		r.updates >= SLOW_STEPS &&
		pathLength(xs.slice(-SLOW_STEPS - 1)) < SLOW_SHARE * Math.max(1, Math.abs(r.x))
	)
		return 'slow';
	return 'none';
}

/** The distance x travelled, step by step: Σ|xᵢ₊₁ − xᵢ|. */
export function pathLength(xs: readonly number[]): number {
	let d = 0;
	for (let i = 1; i < xs.length; i++) d += Math.abs(xs[i] - xs[i - 1]);
	return d;
}

/** Whether x ever reversed direction (two moves of opposite sign in a row, a pause skipped). */
export function turnedBack(xs: readonly number[]): boolean {
	let dir = 0;
	for (let i = 1; i < xs.length; i++) {
		const d = Math.sign(xs[i] - xs[i - 1]);
		if (d === 0) continue;
		if (dir !== 0 && d !== dir) return true;
		dir = d;
	}
	return false;
}

export interface Run1D {
	/** x after the updates actually made (x0 first). */
	xs: number[];
	/** f at each entry of xs. */
	losses: number[];
	x: number;
	loss: number;
	status: Status;
	/** Updates actually applied (less than `steps` when it stopped early). */
	updates: number;
}

/**
 * Run gradient descent from x0 for up to `steps` updates (see the rule at the top of this file).
 * `momentum` β in [0, 1): v ← β·v − lr·f′(x), x ← x + v; with β = 0 this is exactly
 * x ← x − lr·f′(x) (the plain update is used then, so results match the contract bit for bit).
 */
export function run1D(fn: LossFn1D, lr: number, x0: number, steps: number, momentum = 0): Run1D {
	let x = x0;
	let v = 0;
	const xs = [x];
	const losses = [fn.f(x)];
	let updates = 0;
	for (let i = 0; i < steps; i++) {
		if (status1D(fn, lr, x, v, momentum) !== 'running') break;
		if (momentum === 0) {
			x = x - lr * fn.df(x);
		} else {
			v = momentum * v - lr * fn.df(x);
			x = x + v;
		}
		updates++;
		xs.push(x);
		losses.push(fn.f(x));
	}
	return { xs, losses, x, loss: fn.f(x), status: status1D(fn, lr, x, v, momentum), updates };
}

// ---- two dimensions ----------------------------------------------------------------------

export const FNS_2D = ['bowl', 'valley'] as const;
export type Fn2D = (typeof FNS_2D)[number];

export interface LossFn2D {
	f(x: number, y: number): number;
	grad(x: number, y: number): [number, number];
}

export const LOSS_2D: Record<Fn2D, LossFn2D> = {
	/** f = x² + y²: round contours, the gradient points straight at the minimum. */
	bowl: { f: (x, y) => x * x + y * y, grad: (x, y) => [2 * x, 2 * y] },
	/** f = x²/10 + 2y²: a long narrow valley (curvatures differ 20×), where descent zig-zags. */
	valley: { f: (x, y) => (x * x) / 10 + 2 * y * y, grad: (x, y) => [x / 5, 4 * y] }
};

export interface Run2D {
	path: [number, number][];
	losses: number[];
	status: Status;
	updates: number;
}

/** Gradient descent (with optional momentum β) in 2-D; same stopping rule as run1D, on the length of the true next step. */
export function run2D(fn: LossFn2D, lr: number, p0: [number, number], steps: number, momentum = 0): Run2D {
	let [x, y] = p0;
	let vx = 0,
		vy = 0;
	const path: [number, number][] = [[x, y]];
	const losses = [fn.f(x, y)];
	const state = (): Status => {
		if (isDiverged(x) || isDiverged(y)) return 'diverged';
		const [gx, gy] = fn.grad(x, y);
		// the true next step, velocity included (with β = 0 it is lr·∇f)
		return Math.hypot(momentum * vx - lr * gx, momentum * vy - lr * gy) < CONVERGE_TOL
			? 'converged'
			: 'running';
	};
	let updates = 0;
	for (let i = 0; i < steps; i++) {
		if (state() !== 'running') break;
		const [gx, gy] = fn.grad(x, y);
		vx = momentum * vx - lr * gx;
		vy = momentum * vy - lr * gy;
		x = x + vx;
		y = y + vy;
		updates++;
		path.push([x, y]);
		losses.push(fn.f(x, y));
	}
	return { path, losses, status: state(), updates };
}
