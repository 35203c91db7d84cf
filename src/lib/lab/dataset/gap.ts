// Numbers that say how far the generated castings are from real photos: where the part sits,
// intensity per radius band, how strongly the lighting sweeps round the flange and from where,
// edge energy, and a small "real or generated" classifier (standardised features, L2 logistic
// regression, k-fold cross-validated ROC-AUC). Used by scripts/lab/gap.ts; plain TypeScript.
import { rocAuc } from '$lib/math/metrics';
import { rng, shuffle } from '$lib/math/rng';

/** A square grayscale image, values 0…1, row by row. */
export interface Gray {
	size: number;
	data: ArrayLike<number>;
}

/**
 * The centre of the part, as fractions of the width: the centroid of the dark pixels (the inner
 * ring and vanes are the darkest thing on a part; the table and the hole are grey) inside the
 * middle of the image. Null when no pixel is that dark.
 */
export function darkCentroid(img: Gray, threshold = 0.35): { cx: number; cy: number } | null {
	const { size, data } = img;
	let sx = 0,
		sy = 0,
		n = 0;
	const lo = Math.floor(size * 0.15),
		hi = Math.ceil(size * 0.85);
	for (let y = lo; y < hi; y++)
		for (let x = lo; x < hi; x++)
			if (data[y * size + x] < threshold) {
				sx += x + 0.5;
				sy += y + 0.5;
				n++;
			}
	return n === 0 ? null : { cx: sx / n / size, cy: sy / n / size };
}

export interface BandStats {
	r0: number;
	r1: number;
	mean: number;
	sd: number;
	count: number;
}

/**
 * Mean and standard deviation of the pixels whose centre lies at a distance in [edges[i],
 * edges[i+1]) from (cx, cy); distances and the centre are fractions of the image width. A band
 * with no pixel has count 0 and mean and sd 0.
 */
export function radialBands(img: Gray, cx: number, cy: number, edges: readonly number[]): BandStats[] {
	const { size, data } = img;
	const k = edges.length - 1;
	const s = new Float64Array(k),
		s2 = new Float64Array(k),
		c = new Float64Array(k);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const d = Math.hypot((x + 0.5) / size - cx, (y + 0.5) / size - cy);
			if (d < edges[0] || d >= edges[k]) continue;
			let b = 0;
			while (b < k - 1 && d >= edges[b + 1]) b++;
			const v = data[y * size + x];
			s[b] += v;
			s2[b] += v * v;
			c[b]++;
		}
	return Array.from({ length: k }, (_, b) => {
		const mean = c[b] ? s[b] / c[b] : 0;
		return {
			r0: edges[b],
			r1: edges[b + 1],
			mean,
			sd: c[b] ? Math.sqrt(Math.max(0, s2[b] / c[b] - mean * mean)) : 0,
			count: c[b]
		};
	});
}

/**
 * The lighting sweep round an annulus: the k-th angular harmonic of the pixel values in
 * [r0, r1), as amplitude (half the peak-to-peak of a pure cosine) and phase (the angle, radians,
 * y downwards, where the harmonic is brightest). Zero amplitude on a flat ring.
 */
export function angularHarmonic(
	img: Gray,
	cx: number,
	cy: number,
	r0: number,
	r1: number,
	k = 1
): { amplitude: number; phase: number } {
	const { size, data } = img;
	let a = 0,
		b = 0,
		n = 0,
		sum = 0;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const dx = (x + 0.5) / size - cx,
				dy = (y + 0.5) / size - cy;
			const d = Math.hypot(dx, dy);
			if (d < r0 || d >= r1) continue;
			const t = Math.atan2(dy, dx);
			const v = data[y * size + x];
			a += v * Math.cos(k * t);
			b += v * Math.sin(k * t);
			sum += v;
			n++;
		}
	if (n === 0) return { amplitude: 0, phase: 0 };
	// subtract the mean's share (the sampled angles are not exactly uniform on a pixel grid)
	let ca = 0,
		cb = 0;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const dx = (x + 0.5) / size - cx,
				dy = (y + 0.5) / size - cy;
			const d = Math.hypot(dx, dy);
			if (d < r0 || d >= r1) continue;
			const t = Math.atan2(dy, dx);
			ca += Math.cos(k * t);
			cb += Math.sin(k * t);
		}
	const mean = sum / n;
	a = (2 * (a - mean * ca)) / n;
	b = (2 * (b - mean * cb)) / n;
	return { amplitude: Math.hypot(a, b), phase: Math.atan2(b, a) / k };
}

/** Mean squared difference between neighbouring pixels (right and down): how sharp and busy. */
export function edgeEnergy(img: Gray): number {
	const { size, data } = img;
	let s = 0,
		n = 0;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const v = data[y * size + x];
			if (x + 1 < size) {
				s += (data[y * size + x + 1] - v) ** 2;
				n++;
			}
			if (y + 1 < size) {
				s += (data[(y + 1) * size + x] - v) ** 2;
				n++;
			}
		}
	return n ? s / n : 0;
}

/** Band edges used by the gap features, as fractions of the image width from the part's centre. */
export const GAP_EDGES = [0, 0.04, 0.08, 0.12, 0.16, 0.2, 0.24, 0.28, 0.32, 0.36, 0.4, 0.44, 0.5];

/** A fixed feature vector of one image for the real-or-generated classifier. */
export function gapFeatures(img: Gray): number[] {
	const c = darkCentroid(img) ?? { cx: 0.5, cy: 0.5 };
	const bands = radialBands(img, c.cx, c.cy, GAP_EDGES);
	const f: number[] = [c.cx, c.cy];
	for (const b of bands) f.push(b.mean, b.sd);
	f.push(Math.sqrt(edgeEnergy(img)));
	const h = angularHarmonic(img, c.cx, c.cy, 0.28, 0.4, 1);
	const h2 = angularHarmonic(img, c.cx, c.cy, 0.28, 0.4, 2);
	f.push(h.amplitude, h2.amplitude);
	return f;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent on standardised features
 * (the standardisation is learnt from the training rows only). Returns a scorer.
 */
export function fitLogistic(
	X: readonly number[][],
	y: readonly number[],
	{ l2 = 0.01, steps = 400, lr = 0.5 } = {}
): (x: readonly number[]) => number {
	const d = X[0]?.length ?? 0;
	const mu = new Array(d).fill(0),
		sd = new Array(d).fill(0);
	for (const x of X) x.forEach((v, j) => (mu[j] += v / X.length));
	for (const x of X) x.forEach((v, j) => (sd[j] += (v - mu[j]) ** 2 / X.length));
	for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1;
	const Z = X.map((x) => x.map((v, j) => (v - mu[j]) / sd[j]));
	const w = new Array(d).fill(0);
	let b = 0;
	for (let t = 0; t < steps; t++) {
		const g = new Array(d).fill(0);
		let gb = 0;
		Z.forEach((z, i) => {
			const p = 1 / (1 + Math.exp(-(b + z.reduce((s, v, j) => s + v * w[j], 0))));
			const e = p - y[i];
			for (let j = 0; j < d; j++) g[j] += e * z[j];
			gb += e;
		});
		for (let j = 0; j < d; j++) w[j] -= lr * (g[j] / Z.length + l2 * w[j]);
		b -= (lr * gb) / Z.length;
	}
	return (x) => 1 / (1 + Math.exp(-(b + x.reduce((s, v, j) => s + ((v - mu[j]) / sd[j]) * w[j], 0))));
}

/**
 * ROC-AUC of telling class 1 from class 0 by `fit`, scored on held-out folds only (k-fold,
 * stratified, seeded): 0.5 = indistinguishable, 1 = always told apart.
 */
export function crossValidatedAuc(
	X: readonly number[][],
	y: readonly number[],
	k = 5,
	seed = 1,
	fit: (X: readonly number[][], y: readonly number[]) => (x: readonly number[]) => number = fitLogistic
): number | null {
	const r = rng(seed);
	const fold = new Array(y.length).fill(0);
	for (const cls of [0, 1]) {
		const idx = shuffle(
			r,
			y.map((v, i) => (v === cls ? i : -1)).filter((i) => i >= 0)
		);
		idx.forEach((i, j) => (fold[i] = j % k));
	}
	const scores = new Array(y.length).fill(0);
	for (let f = 0; f < k; f++) {
		const tr = y.map((_, i) => i).filter((i) => fold[i] !== f);
		const te = y.map((_, i) => i).filter((i) => fold[i] === f);
		if (te.length === 0) continue;
		const model = fit(
			tr.map((i) => X[i]),
			tr.map((i) => y[i])
		);
		for (const i of te) scores[i] = model(X[i]);
	}
	const auc = rocAuc(scores, y);
	return auc.ok ? auc.value : null;
}
