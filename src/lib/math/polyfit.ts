// Least-squares polynomial fits, their errors, and the seeded noisy data of the fitting widget.
import { normal, rng, uniform } from './rng';

/** p(x) = c[0] + c[1]·x + … + c[d]·x^d, by Horner's rule. */
export function polyval(coeffs: readonly number[], x: number): number {
	let s = 0;
	for (let k = coeffs.length - 1; k >= 0; k--) s = s * x + coeffs[k];
	return s;
}

/**
 * The degree-`degree` polynomial minimising Σ (p(x_i) − y_i)², coefficients lowest power first.
 * Solved by Householder QR on the Vandermonde matrix (more stable than the normal equations).
 * Needs at least degree + 1 points with distinct x; with exactly that many it interpolates.
 */
export function polyfit(xs: readonly number[], ys: readonly number[], degree: number): number[] {
	const n = xs.length;
	const m = degree + 1;
	if (!Number.isInteger(degree) || degree < 0)
		throw new RangeError('polyfit: degree must be a whole number ≥ 0');
	if (ys.length !== n) throw new RangeError('polyfit: xs and ys differ in length');
	if (n < m) throw new RangeError(`polyfit: degree ${degree} needs at least ${m} points, got ${n}`);
	// A: n×m Vandermonde (column-major copies are simpler to reflect), b: the targets.
	const a: number[][] = xs.map((x) => Array.from({ length: m }, (_, k) => x ** k));
	const b = [...ys];
	for (let k = 0; k < m; k++) {
		let norm = 0;
		for (let i = k; i < n; i++) norm += a[i][k] * a[i][k];
		norm = Math.sqrt(norm);
		if (norm === 0) throw new RangeError('polyfit: the x values are not distinct enough for this degree');
		const alpha = a[k][k] > 0 ? -norm : norm;
		const v = new Array<number>(n).fill(0);
		v[k] = a[k][k] - alpha;
		for (let i = k + 1; i < n; i++) v[i] = a[i][k];
		let vv = 0;
		for (let i = k; i < n; i++) vv += v[i] * v[i];
		if (vv === 0) continue;
		for (let j = k; j < m; j++) {
			let dot = 0;
			for (let i = k; i < n; i++) dot += v[i] * a[i][j];
			const f = (2 * dot) / vv;
			for (let i = k; i < n; i++) a[i][j] -= f * v[i];
		}
		let dot = 0;
		for (let i = k; i < n; i++) dot += v[i] * b[i];
		const f = (2 * dot) / vv;
		for (let i = k; i < n; i++) b[i] -= f * v[i];
	}
	// Back-substitute R c = Qᵀb.
	const c = new Array<number>(m).fill(0);
	for (let k = m - 1; k >= 0; k--) {
		let s = b[k];
		for (let j = k + 1; j < m; j++) s -= a[k][j] * c[j];
		if (Math.abs(a[k][k]) < 1e-12) throw new RangeError('polyfit: the x values are not distinct enough');
		c[k] = s / a[k][k];
	}
	return c;
}

/**
 * The least-squares fit of the highest degree ≤ `degree` that the points allow (enough
 * points, x values distinct enough to solve): never throws for n ≥ 1.
 */
export function fitUpTo(
	xs: readonly number[],
	ys: readonly number[],
	degree: number
): { coeffs: number[]; degree: number } {
	for (let d = Math.min(degree, xs.length - 1); d > 0; d--) {
		try {
			return { coeffs: polyfit(xs, ys, d), degree: d };
		} catch {
			// fall through to a lower degree
		}
	}
	return { coeffs: polyfit(xs, ys, 0), degree: 0 };
}

/** Mean squared error (1/n) Σ (p(x_i) − y_i)². */
export function mse(coeffs: readonly number[], xs: readonly number[], ys: readonly number[]): number {
	if (xs.length === 0) return NaN;
	let s = 0;
	for (let i = 0; i < xs.length; i++) {
		const d = polyval(coeffs, xs[i]) - ys[i];
		s += d * d;
	}
	return s / xs.length;
}

export interface Points {
	xs: number[];
	ys: number[];
}

export interface FittingData {
	train: Points;
	validation: Points;
}

/** The smooth curve the noisy points come from (on x in [−1, 1]). */
export function truth(x: number): number {
	return Math.sin(Math.PI * x) + 0.5 * x;
}

/**
 * Seeded noisy points: `nTrain` training and `nVal` validation points with x spread over
 * [−1, 1] (uniform within equal slices) and y = truth(x) + Normal(0, noise). The same seed gives the same points.
 */
export function fittingData(seed: number, nTrain: number, nVal: number, noise: number): FittingData {
	const r = rng(seed);
	const draw = (count: number): Points => {
		const xs: number[] = [];
		const ys: number[] = [];
		for (let i = 0; i < count; i++) {
			// One point in each of `count` equal slices of [−1, 1]: spread out, still random.
			const x = uniform(r, -1 + (2 * i) / count, -1 + (2 * (i + 1)) / count);
			xs.push(x);
			ys.push(truth(x) + normal(r, 0, noise));
		}
		return { xs, ys };
	};
	const train = draw(nTrain);
	return { train, validation: draw(nVal) };
}

export interface DegreeErrors {
	degree: number;
	train: number;
	validation: number;
}

/**
 * Training and validation MSE of the least-squares fit of each degree 0…maxDegree (stopping
 * early at a degree the points cannot support).
 */
export function errorsByDegree(data: FittingData, maxDegree: number): DegreeErrors[] {
	const out: DegreeErrors[] = [];
	for (let d = 0; d <= maxDegree; d++) {
		let c: number[];
		try {
			c = polyfit(data.train.xs, data.train.ys, d);
		} catch {
			break;
		}
		out.push({
			degree: d,
			train: mse(c, data.train.xs, data.train.ys),
			validation: mse(c, data.validation.xs, data.validation.ys)
		});
	}
	return out;
}

export type FitVerdict = 'underfitting' | 'good' | 'overfitting';

/** A degree is a good fit when its validation error is within this share of the lowest… */
export const VERDICT_RELATIVE_TOLERANCE = 0.1;
/** …plus this much (MSE), so that a noise-free minimum near 0 does not make every other degree bad. */
export const VERDICT_ABSOLUTE_TOLERANCE = 0.001;

/**
 * The verdict for `degree`, read off the validation curve over every degree the points allow,
 * the rule lesson 9 states: let d* be the degree with the lowest validation error v*. A degree
 * whose validation error is within 10% of v* (plus 0.001) is a good fit; any other degree below
 * d* underfits, any other above d* overfits. `undefined` when the curve is empty or lacks the degree.
 */
export function fitVerdict(curve: readonly DegreeErrors[], degree: number): FitVerdict | undefined {
	const here = curve.find((c) => c.degree === degree);
	const best = validationMinimum(curve);
	if (!here || !best) return undefined;
	if (here.validation <= goodFitLimit(best.validation)) return 'good';
	return degree < best.degree ? 'underfitting' : 'overfitting';
}

/** The highest validation error a good fit may have: the lowest v* plus 10% of it plus 0.001. */
export function goodFitLimit(lowest: number): number {
	return lowest + VERDICT_RELATIVE_TOLERANCE * lowest + VERDICT_ABSOLUTE_TOLERANCE;
}

/** The degree with the lowest validation error (the lowest such degree on a tie). */
export function validationMinimum(curve: readonly DegreeErrors[]): DegreeErrors | undefined {
	let best: DegreeErrors | undefined;
	for (const c of curve) if (!best || c.validation < best.validation) best = c;
	return best;
}
