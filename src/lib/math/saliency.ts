// Occlusion sensitivity (Zeiler & Fergus, 2014): slide a grey patch over the image and record how
// much the model's P(defective) drops at each position. A big drop means the model relied on what
// the patch covered. Pure code: the model is a callback that scores a batch of images, so the lab's
// worker can batch the passes on its backend and a test can pass a tiny model of its own.

/** A single-channel image, row by row. */
export interface GrayImage {
	data: Float32Array;
	height: number;
	width: number;
}

export interface OcclusionOptions {
	/** Side of the square grey patch, in input pixels. */
	patch: number;
	/** Step between patch positions, in input pixels. */
	stride: number;
	/** The grey the patch is painted with (in the image's own units). */
	fill: number;
	/** How many occluded images go to the model at once. */
	batch?: number;
}

export interface OcclusionMap {
	/** Drop in P(defective) per patch position, row by row: base − P(occluded). Positive = evidence for "defective". */
	values: number[][];
	/** The unoccluded image's P(defective). */
	base: number;
	/** Top-left corners of the patch positions along rows and columns, in input pixels. */
	rowStarts: number[];
	colStarts: number[];
	patch: number;
}

/** Patch start positions along one axis: 0, stride, … and always a last one flush with the edge. */
export function patchStarts(length: number, patch: number, stride: number): number[] {
	if (!(patch >= 1) || !(stride >= 1) || patch > length) throw new RangeError('patch must fit in the image');
	const starts: number[] = [];
	for (let s = 0; s + patch <= length; s += stride) starts.push(s);
	const last = length - patch;
	if (starts[starts.length - 1] !== last) starts.push(last);
	return starts;
}

/** A copy of the image with the square [r, r+patch) × [c, c+patch) painted with `fill`. */
export function occlude(img: GrayImage, r: number, c: number, patch: number, fill: number): Float32Array {
	const out = new Float32Array(img.data);
	for (let y = r; y < r + patch; y++) out.fill(fill, y * img.width + c, y * img.width + c + patch);
	return out;
}

export type ScoreBatch = (images: Float32Array[]) => number[] | Promise<number[]>;

/** The occlusion map of one image, scoring the occluded copies in batches. */
export async function occlusionMap(
	img: GrayImage,
	score: ScoreBatch,
	opts: OcclusionOptions
): Promise<OcclusionMap> {
	const { patch, stride, fill } = opts;
	const batch = Math.max(1, Math.floor(opts.batch ?? 32));
	const rowStarts = patchStarts(img.height, patch, stride);
	const colStarts = patchStarts(img.width, patch, stride);
	const [base] = await score([img.data]);
	const positions: [number, number][] = [];
	for (let i = 0; i < rowStarts.length; i++)
		for (let j = 0; j < colStarts.length; j++) positions.push([i, j]);
	const values = rowStarts.map(() => new Array<number>(colStarts.length).fill(0));
	for (let k = 0; k < positions.length; k += batch) {
		const chunk = positions.slice(k, k + batch);
		const probs = await score(chunk.map(([i, j]) => occlude(img, rowStarts[i], colStarts[j], patch, fill)));
		if (probs.length !== chunk.length)
			throw new Error(`the model scored ${probs.length} of ${chunk.length} images`);
		chunk.forEach(([i, j], n) => (values[i][j] = base - probs[n]));
	}
	return { values, base, rowStarts, colStarts, patch };
}

/** The position of the largest drop, as the centre of its patch in input pixels (first in reading order on a tie). */
export function saliencyPeak(map: OcclusionMap): { row: number; col: number; value: number } {
	let best = { i: 0, j: 0, v: -Infinity };
	map.values.forEach((row, i) =>
		row.forEach((v, j) => {
			if (v > best.v) best = { i, j, v };
		})
	);
	const half = (map.patch - 1) / 2;
	return { row: map.rowStarts[best.i] + half, col: map.colStarts[best.j] + half, value: best.v };
}

export interface DefectMark {
	row: number;
	col: number;
	radius: number;
}

/** The pointing game: does the peak fall within the defect's circle, widened by `margin` pixels? */
export function pointsAtDefect(
	peak: { row: number; col: number },
	defect: DefectMark,
	margin: number
): boolean {
	return Math.hypot(peak.row - defect.row, peak.col - defect.col) <= defect.radius + margin;
}

/** Share of parts whose peak points at their defect; null for no parts. */
export function pointingAccuracy(hits: boolean[]): number | null {
	return hits.length ? hits.filter(Boolean).length / hits.length : null;
}

/**
 * The map spread back over the input pixels, for drawing: each pixel gets the mean drop of the
 * patch positions that covered it.
 */
export function pixelHeat(
	map: Pick<OcclusionMap, 'values' | 'rowStarts' | 'colStarts' | 'patch'>,
	height: number,
	width: number
): Float32Array {
	const sum = new Float64Array(height * width);
	const count = new Uint16Array(height * width);
	map.rowStarts.forEach((r, i) =>
		map.colStarts.forEach((c, j) => {
			const v = map.values[i][j];
			for (let y = r; y < Math.min(height, r + map.patch); y++)
				for (let x = c; x < Math.min(width, c + map.patch); x++) {
					sum[y * width + x] += v;
					count[y * width + x]++;
				}
		})
	);
	return Float32Array.from(sum, (s, k) => (count[k] ? s / count[k] : 0));
}
