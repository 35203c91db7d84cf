// Data augmentation as Keras's ImageDataGenerator does it: random flips, rotation, width and
// height shift, zoom and shear, drawn from ranges, applied by resampling the image through one
// affine map (bilinear, with `nearest` fill outside the image). Plain typed-array code: used by
// the augmentation widget and, on the fly, by the training loop on training images only.
import { uniform, type Rng } from './rng';

/** The ranges random transforms are drawn from (the ImageDataGenerator arguments). */
export interface AugmentRanges {
	flipH: boolean; // horizontal_flip
	flipV: boolean; // vertical_flip
	rotate: number; // rotation_range, degrees: angle ~ U(−rotate, rotate)
	shiftX: number; // width_shift_range, fraction of the width
	shiftY: number; // height_shift_range, fraction of the height
	zoom: number; // zoom_range z: zx, zy ~ U(1 − z, 1 + z) independently
	shear: number; // shear_range, degrees: angle ~ U(−shear, shear)
	/** A quarter turn (exact, see dihedral) with probability ½, after the rest; with both flips on,
	 * each of the square's 8 symmetries is equally likely. Keras has no argument for it. */
	quarterTurn?: boolean;
}

export const NO_AUGMENTATION: AugmentRanges = {
	flipH: false,
	flipV: false,
	rotate: 0,
	shiftX: 0,
	shiftY: 0,
	zoom: 0,
	shear: 0
};

/** One drawn transform. */
export interface AugmentDraw {
	flipH: boolean;
	flipV: boolean;
	rotate: number; // degrees
	shiftX: number; // fraction of width
	shiftY: number;
	zoomX: number; // sampling factor: > 1 shows more of the image (zoom out)
	zoomY: number;
	shear: number; // degrees
	/** A quarter turn after the rest (dihedral k = 1), exact. */
	quarterTurn: boolean;
}

export const IDENTITY_DRAW: AugmentDraw = {
	flipH: false,
	flipV: false,
	rotate: 0,
	shiftX: 0,
	shiftY: 0,
	zoomX: 1,
	zoomY: 1,
	shear: 0,
	quarterTurn: false
};

/** Draw one transform from `ranges`; a range of 0 draws nothing (and uses no randomness). */
export function drawAugment(r: Rng, ranges: AugmentRanges): AugmentDraw {
	const sym = (x: number) => (x > 0 ? uniform(r, -x, x) : 0);
	const rotate = sym(ranges.rotate);
	const shiftX = sym(ranges.shiftX);
	const shiftY = sym(ranges.shiftY);
	const shear = sym(ranges.shear);
	const zoomX = ranges.zoom > 0 ? uniform(r, 1 - ranges.zoom, 1 + ranges.zoom) : 1;
	const zoomY = ranges.zoom > 0 ? uniform(r, 1 - ranges.zoom, 1 + ranges.zoom) : 1;
	const flipH = ranges.flipH && r() < 0.5;
	const flipV = ranges.flipV && r() < 0.5;
	const quarterTurn = !!ranges.quarterTurn && r() < 0.5;
	return { flipH, flipV, rotate, shiftX, shiftY, zoomX, zoomY, shear, quarterTurn };
}

/**
 * The affine map from an output pixel to the input point it samples, in pixel coordinates
 * (pixel centres at i + 0.5): [a, b, c, d, e, f] with x_in = a·x + b·y + c, y_in = d·x + e·y + f.
 * Composed in Keras's order (`apply_affine_transform`: rotation · shift · shear · zoom, about the
 * image centre): input = R(θ)·(Shear(φ)·Zoom(zx, zy)·(output − centre) − shift) + centre, so
 * the shift is turned with the rotation. As in ImageDataGenerator.random_transform the flips
 * come after, mirroring the transformed image (here: the output coordinate before the map).
 * Sign convention: a positive shift moves the content right/down (Keras draws ± alike).
 */
export function samplingMatrix(
	t: AugmentDraw,
	w: number,
	h: number
): [number, number, number, number, number, number] {
	const th = (t.rotate * Math.PI) / 180,
		sh = (t.shear * Math.PI) / 180;
	const cr = Math.cos(th),
		sr = Math.sin(th);
	// Shear (Keras): [[1, −sin φ], [0, cos φ]]; zoom: diag(zx, zy)
	const s00 = t.zoomX,
		s01 = -Math.sin(sh) * t.zoomY,
		s11 = Math.cos(sh) * t.zoomY;
	let a = cr * s00,
		b = cr * s01 - sr * s11,
		d = sr * s00,
		e = sr * s01 + cr * s11;
	const cx = w / 2,
		cy = h / 2;
	// the shift, turned by the rotation (it sits between R and Shear·Zoom)
	const tx = t.shiftX * w,
		ty = t.shiftY * h;
	let c = cx - a * cx - b * cy - (cr * tx - sr * ty),
		f = cy - d * cx - e * cy - (sr * tx + cr * ty);
	if (t.flipH) {
		// output x → w − x before the map: the transformed image is mirrored left–right
		c += a * w;
		f += d * w;
		a = -a;
		d = -d;
	}
	if (t.flipV) {
		c += b * h;
		f += e * h;
		b = -b;
		e = -e;
	}
	return [a, b, c, d, e, f];
}

/**
 * The share of the original picture that is still inside the frame after the map `m`: the
 * fraction of input pixel centres whose image (through the inverse map) lands inside the output.
 * A large shift or zoom pushes part of the part out of frame, and a defect there with it.
 */
export function visibleFraction(m: readonly number[], w: number, h: number): number {
	const [a, b, c, d, e, f] = m;
	const det = a * e - b * d;
	if (!Number.isFinite(det) || Math.abs(det) < 1e-12) return 0;
	let inside = 0;
	for (let yi = 0; yi < h; yi++)
		for (let xi = 0; xi < w; xi++) {
			// input point p = A·q + t  ⇒  q = A⁻¹·(p − t)
			const px = xi + 0.5 - c,
				py = yi + 0.5 - f;
			const qx = (e * px - b * py) / det,
				qy = (-d * px + a * py) / det;
			if (qx >= 0 && qx <= w && qy >= 0 && qy <= h) inside++;
		}
	return inside / (w * h);
}

/** Resample `src` (w×h, one channel) through `m`; bilinear, edges extended (`nearest` fill). */
export function warp(
	src: ArrayLike<number>,
	w: number,
	h: number,
	m: readonly number[],
	out: Float32Array = new Float32Array(w * h)
): Float32Array {
	const [a, b, c, d, e, f] = m;
	for (let y = 0; y < h; y++) {
		const py = y + 0.5;
		for (let x = 0; x < w; x++) {
			const px = x + 0.5;
			// input point, then to pixel-index space (centres at integers)
			let sx = a * px + b * py + c - 0.5,
				sy = d * px + e * py + f - 0.5;
			sx = sx < 0 ? 0 : sx > w - 1 ? w - 1 : sx;
			sy = sy < 0 ? 0 : sy > h - 1 ? h - 1 : sy;
			const x0 = Math.floor(sx),
				y0 = Math.floor(sy);
			const x1 = Math.min(x0 + 1, w - 1),
				y1 = Math.min(y0 + 1, h - 1);
			const fx = sx - x0,
				fy = sy - y0;
			const top = src[y0 * w + x0] * (1 - fx) + src[y0 * w + x1] * fx;
			const bottom = src[y1 * w + x0] * (1 - fx) + src[y1 * w + x1] * fx;
			out[y * w + x] = top * (1 - fy) + bottom * fy;
		}
	}
	return out;
}

/**
 * One of the 8 symmetries of the square, exact on the pixel grid (a permutation of the pixels, no
 * resampling): k = 0…7, `k & 3` quarter turns as `rotate: 90·(k & 3)` turns the image through
 * samplingMatrix, after a left–right mirror when k ≥ 4 (as `flipH` mirrors). A part photographed
 * straight down looks as plausible in each of them.
 */
export function dihedral(
	src: ArrayLike<number>,
	n: number,
	k: number,
	out: Float32Array = new Float32Array(n * n)
): Float32Array {
	const turns = k & 3,
		mirror = (k & 4) !== 0;
	const last = n - 1;
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			const xo = mirror ? last - x : x;
			// the source pixel: (x, y) turned back by `turns` quarter turns
			const sx = turns === 0 ? xo : turns === 1 ? last - y : turns === 2 ? last - xo : y;
			const sy = turns === 0 ? y : turns === 1 ? xo : turns === 2 ? last - y : last - xo;
			out[y * n + x] = src[sy * n + sx];
		}
	return out;
}

/** One draw applied to a square image: the affine warp, then the quarter turn if drawn. */
export function applyDraw(
	src: ArrayLike<number>,
	size: number,
	t: AugmentDraw,
	out: Float32Array = new Float32Array(size * size)
): Float32Array {
	warp(src, size, size, samplingMatrix(t, size, size), out);
	return t.quarterTurn ? dihedral(out.slice(), size, 1, out) : out;
}

export function isIdentity(ranges: AugmentRanges): boolean {
	return (
		!ranges.flipH &&
		!ranges.flipV &&
		ranges.rotate === 0 &&
		ranges.shiftX === 0 &&
		ranges.shiftY === 0 &&
		ranges.zoom === 0 &&
		ranges.shear === 0 &&
		!ranges.quarterTurn
	);
}

/**
 * Augment a batch in place: image i of `pixels` (each size×size) gets its own draw from `r`.
 * Returns the draws (for showing what was done).
 */
export function augmentBatch(
	pixels: Float32Array,
	count: number,
	size: number,
	ranges: AugmentRanges,
	r: Rng
) {
	const n = size * size;
	const tmp = new Float32Array(n);
	const draws: AugmentDraw[] = [];
	if (isIdentity(ranges)) return draws;
	for (let i = 0; i < count; i++) {
		const t = drawAugment(r, ranges);
		draws.push(t);
		const img = pixels.subarray(i * n, (i + 1) * n);
		img.set(applyDraw(img, size, t, tmp));
	}
	return draws;
}
