// How unlike the training images a photo looks, from simple intensity statistics: a model's
// verdict on a photo unlike anything it trained on may not hold. Each image is summed up by a few
// numbers (mean, spread, percentiles, sharpness, and the mean brightness of the centre, a middle
// ring and the outside); the training images fix each number's mean and spread, and a photo's
// score is the root mean square of its z-scores. A photo counts as unusual when its score is above
// what all but 1% of the training images get. Plain TypeScript, used in the lab's worker.

/** Names of the features, in the order `oodFeatures` returns them. */
export const OOD_FEATURES = [
	'mean',
	'sd',
	'p10',
	'p50',
	'p90',
	'sharpness',
	'centre',
	'middle',
	'outside'
] as const;

/** The feature vector of one size×size image of bytes (0…255). */
export function oodFeatures(pixels: ArrayLike<number>, size: number): number[] {
	const n = size * size;
	let s = 0,
		s2 = 0;
	const hist = new Uint32Array(256);
	const ring = [0, 0, 0],
		ringN = [0, 0, 0];
	let e = 0,
		en = 0;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const v = pixels[y * size + x] / 255;
			s += v;
			s2 += v * v;
			hist[Math.min(255, Math.max(0, Math.round(pixels[y * size + x])))]++;
			const d = Math.hypot((x + 0.5) / size - 0.5, (y + 0.5) / size - 0.5);
			const b = d < 0.15 ? 0 : d < 0.3 ? 1 : 2;
			ring[b] += v;
			ringN[b]++;
			if (x + 1 < size) {
				e += (pixels[y * size + x + 1] / 255 - v) ** 2;
				en++;
			}
			if (y + 1 < size) {
				e += (pixels[(y + 1) * size + x] / 255 - v) ** 2;
				en++;
			}
		}
	const mean = s / n;
	const sd = Math.sqrt(Math.max(0, s2 / n - mean * mean));
	// the smallest byte value with at least share q of the pixels at or below it
	const pct = (q: number) => {
		let c = 0;
		for (let i = 0; i < 256; i++) {
			c += hist[i];
			if (c >= q * n) return i / 255;
		}
		return 1;
	};
	return [
		mean,
		sd,
		pct(0.1),
		pct(0.5),
		pct(0.9),
		en ? Math.sqrt(e / en) : 0,
		...ring.map((v, i) => (ringN[i] ? v / ringN[i] : mean))
	];
}

export interface OodModel {
	mean: number[];
	sd: number[];
	/** Scores above this are unusual: the 99th percentile of the training images' own scores. */
	threshold: number;
}

/** A feature's spread is never taken as less than this (a constant feature would divide by 0). */
export const MIN_SD = 0.01;

/** The score of one feature vector: the root mean square of its z-scores. */
export function oodScore(model: OodModel, features: readonly number[]): number {
	let s = 0;
	features.forEach((f, i) => (s += ((f - model.mean[i]) / model.sd[i]) ** 2));
	return Math.sqrt(s / features.length);
}

/**
 * Fit the statistics to `count` images of size×size bytes laid one after another in `pixels`
 * (a lab data set's training images). Null when there are no images.
 */
export function fitOod(pixels: Uint8Array, size: number, count: number): OodModel | null {
	if (count < 1) return null;
	const n = size * size;
	const rows = Array.from({ length: count }, (_, i) =>
		oodFeatures(pixels.subarray(i * n, (i + 1) * n), size)
	);
	const k = OOD_FEATURES.length;
	const mean = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / count);
	const sd = mean.map((m, j) =>
		Math.max(MIN_SD, Math.sqrt(rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / count))
	);
	const model = { mean, sd, threshold: 0 };
	const scores = rows.map((r) => oodScore(model, r)).sort((a, b) => a - b);
	// the score all but 1% of the training images stay at or below
	model.threshold = scores[Math.min(count - 1, Math.ceil(0.99 * count) - 1)];
	return model;
}
