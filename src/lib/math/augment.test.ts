import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	augmentBatch,
	dihedral,
	drawAugment,
	IDENTITY_DRAW,
	NO_AUGMENTATION,
	samplingMatrix,
	visibleFraction,
	warp,
	type AugmentDraw
} from './augment';
import { rng } from './rng';

const img = (w: number, h: number) => Float32Array.from({ length: w * h }, (_, i) => (i * 37) % 11);
const at = (a: Float32Array, w: number, x: number, y: number) => a[y * w + x];

describe('samplingMatrix and warp', () => {
	it('the identity draw leaves an image exactly as it was', () => {
		const src = img(7, 5);
		expect(Array.from(warp(src, 7, 5, samplingMatrix(IDENTITY_DRAW, 7, 5)))).toEqual(Array.from(src));
	});
	it('a horizontal flip mirrors columns; a vertical flip mirrors rows', () => {
		const src = img(6, 4);
		const h = warp(src, 6, 4, samplingMatrix({ ...IDENTITY_DRAW, flipH: true }, 6, 4));
		const v = warp(src, 6, 4, samplingMatrix({ ...IDENTITY_DRAW, flipV: true }, 6, 4));
		for (let y = 0; y < 4; y++)
			for (let x = 0; x < 6; x++) {
				expect(at(h, 6, x, y)).toBeCloseTo(at(src, 6, 5 - x, y), 5);
				expect(at(v, 6, x, y)).toBeCloseTo(at(src, 6, x, 3 - y), 5);
			}
	});
	it('a 90° rotation of a square image moves every pixel onto the grid (a transpose and a flip)', () => {
		const src = img(5, 5);
		const r = warp(src, 5, 5, samplingMatrix({ ...IDENTITY_DRAW, rotate: 90 }, 5, 5));
		// output (x, y) samples the input at (x_in, y_in) = R(90°)(x − c, y − c) + c = (c − (y − c), x)
		for (let y = 0; y < 5; y++)
			for (let x = 0; x < 5; x++) expect(at(r, 5, x, y)).toBeCloseTo(at(src, 5, 4 - y, x), 5);
	});
	it('a whole-pixel shift moves the image and repeats the edge (nearest fill)', () => {
		const src = img(8, 3);
		const s = warp(src, 8, 3, samplingMatrix({ ...IDENTITY_DRAW, shiftX: 2 / 8 }, 8, 3));
		for (let y = 0; y < 3; y++)
			for (let x = 0; x < 8; x++) expect(at(s, 8, x, y)).toBeCloseTo(at(src, 8, Math.max(0, x - 2), y), 5);
	});
	it('bilinear values stay within the range of the input (property)', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 2, max: 12 }), (seed, n) => {
				const src = img(n, n);
				const d = drawAugment(rng(seed), {
					flipH: true,
					flipV: true,
					rotate: 180,
					shiftX: 0.5,
					shiftY: 0.5,
					zoom: 0.5,
					shear: 45
				});
				const out = warp(src, n, n, samplingMatrix(d, n, n));
				const lo = Math.min(...src),
					hi = Math.max(...src);
				return out.every((v) => v >= lo - 1e-9 && v <= hi + 1e-9);
			})
		);
	});
});

// Keras's apply_affine_transform, written out as it composes: 3×3 homogeneous matrices multiplied
// rotation · shift · shear · zoom, moved to the image centre; random_transform flips afterwards.
type M3 = number[][];
const mul = (p: M3, q: M3): M3 =>
	p.map((row) => q[0].map((_, j) => row.reduce((s, v, k) => s + v * q[k][j], 0)));
function kerasMap(t: AugmentDraw, w: number, h: number) {
	const th = (t.rotate * Math.PI) / 180,
		sh = (t.shear * Math.PI) / 180;
	const rotation = [
		[Math.cos(th), -Math.sin(th), 0],
		[Math.sin(th), Math.cos(th), 0],
		[0, 0, 1]
	];
	// our sign: a positive shift moves the content right/down, so the sampled point moves back
	const shift = [
		[1, 0, -t.shiftX * w],
		[0, 1, -t.shiftY * h],
		[0, 0, 1]
	];
	const shear = [
		[1, -Math.sin(sh), 0],
		[0, Math.cos(sh), 0],
		[0, 0, 1]
	];
	const zoom = [
		[t.zoomX, 0, 0],
		[0, t.zoomY, 0],
		[0, 0, 1]
	];
	const toCentre = [
		[1, 0, w / 2],
		[0, 1, h / 2],
		[0, 0, 1]
	];
	const fromCentre = [
		[1, 0, -w / 2],
		[0, 1, -h / 2],
		[0, 0, 1]
	];
	const flip = [
		[t.flipH ? -1 : 1, 0, t.flipH ? w : 0],
		[0, t.flipV ? -1 : 1, t.flipV ? h : 0],
		[0, 0, 1]
	];
	const m = mul(mul(mul(mul(mul(mul(toCentre, rotation), shift), shear), zoom), fromCentre), flip);
	return [m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2]];
}

describe('the composition order is Keras’s', () => {
	it('samplingMatrix equals rotation · shift · shear · zoom about the centre, then the flips (property)', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: 4, max: 300 }),
				fc.integer({ min: 4, max: 300 }),
				(seed, w, h) => {
					const d = drawAugment(rng(seed), {
						flipH: true,
						flipV: true,
						rotate: 180,
						shiftX: 0.5,
						shiftY: 0.5,
						zoom: 0.5,
						shear: 45
					});
					const ours = samplingMatrix(d, w, h);
					const ref = kerasMap(d, w, h);
					return ours.every((v, i) => Math.abs(v - ref[i]) < 1e-9 * Math.max(1, w, h));
				}
			)
		);
	});
	it('the shift turns with the rotation: rotated 90°, a shift across moves the content down', () => {
		const m = samplingMatrix({ ...IDENTITY_DRAW, rotate: 90, shiftX: 0.25 }, 8, 8);
		const noShift = samplingMatrix({ ...IDENTITY_DRAW, rotate: 90 }, 8, 8);
		// R(90°)·(−2, 0) = (0, −2): the sampled point moves up, so the content moves down
		expect(m[2] - noShift[2]).toBeCloseTo(0, 12);
		expect(m[5] - noShift[5]).toBeCloseTo(-2, 12);
	});
});

describe('visibleFraction', () => {
	it('is 1 for the identity, flips and a quarter turn; a quarter-width shift leaves 3/4', () => {
		expect(visibleFraction(samplingMatrix(IDENTITY_DRAW, 8, 8), 8, 8)).toBe(1);
		expect(visibleFraction(samplingMatrix({ ...IDENTITY_DRAW, flipH: true, flipV: true }, 8, 8), 8, 8)).toBe(
			1
		);
		expect(visibleFraction(samplingMatrix({ ...IDENTITY_DRAW, rotate: 90 }, 8, 8), 8, 8)).toBe(1);
		expect(visibleFraction(samplingMatrix({ ...IDENTITY_DRAW, shiftX: 0.25 }, 8, 8), 8, 8)).toBe(0.75);
		// sampling factor 0.5 on both axes shows the middle half of each axis: a quarter of the picture
		expect(
			visibleFraction(samplingMatrix({ ...IDENTITY_DRAW, zoomX: 0.5, zoomY: 0.5 }, 16, 16), 16, 16)
		).toBe(0.25);
	});
	it('agrees with counting, from the output side, the pixels that sample inside the picture (property)', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const n = 40;
				const d = drawAugment(rng(seed), {
					...NO_AUGMENTATION,
					rotate: 30,
					shiftX: 0.3,
					shiftY: 0.3,
					zoom: 0.3,
					shear: 10
				});
				const m = samplingMatrix(d, n, n);
				let inside = 0;
				for (let y = 0; y < n; y++)
					for (let x = 0; x < n; x++) {
						const sx = m[0] * (x + 0.5) + m[1] * (y + 0.5) + m[2],
							sy = m[3] * (x + 0.5) + m[4] * (y + 0.5) + m[5];
						if (sx >= 0 && sx <= n && sy >= 0 && sy <= n) inside++;
					}
				// each output pixel covers |det A| of input area
				const det = Math.abs(m[0] * m[4] - m[1] * m[3]);
				return Math.abs((inside * det) / (n * n) - visibleFraction(m, n, n)) < 0.08;
			})
		);
	});
});

describe('drawAugment', () => {
	it('draws inside every range, and nothing when ranges are 0', () => {
		const ranges = { flipH: true, flipV: false, rotate: 20, shiftX: 0.1, shiftY: 0.05, zoom: 0.2, shear: 5 };
		const r = rng(3);
		for (let i = 0; i < 200; i++) {
			const d = drawAugment(r, ranges);
			expect(Math.abs(d.rotate)).toBeLessThanOrEqual(20);
			expect(Math.abs(d.shiftX)).toBeLessThanOrEqual(0.1);
			expect(Math.abs(d.shiftY)).toBeLessThanOrEqual(0.05);
			expect(d.zoomX).toBeGreaterThanOrEqual(0.8);
			expect(d.zoomY).toBeLessThanOrEqual(1.2);
			expect(Math.abs(d.shear)).toBeLessThanOrEqual(5);
			expect(d.flipV).toBe(false);
		}
		expect(drawAugment(rng(1), NO_AUGMENTATION)).toEqual(IDENTITY_DRAW);
	});
	it('is seeded: the same seed gives the same batch', () => {
		const ranges = { flipH: true, flipV: true, rotate: 30, shiftX: 0.1, shiftY: 0.1, zoom: 0.1, shear: 10 };
		const a = img(6, 12),
			b = img(6, 12);
		augmentBatch(a, 2, 6, ranges, rng(9));
		augmentBatch(b, 2, 6, ranges, rng(9));
		expect(Array.from(a)).toEqual(Array.from(b));
		expect(Array.from(a)).not.toEqual(Array.from(img(6, 12)));
	});
});

describe('dihedral: the 8 exact symmetries of the square', () => {
	const key = (a: ArrayLike<number>) => Array.from(a).join(',');
	it('agrees with the affine warp turned by 90·(k & 3)°, mirrored first when k ≥ 4', () => {
		for (const n of [1, 2, 5, 6])
			for (let k = 0; k < 8; k++) {
				const src = Float32Array.from({ length: n * n }, (_, i) => i);
				const want = warp(
					src,
					n,
					n,
					samplingMatrix({ ...IDENTITY_DRAW, rotate: 90 * (k & 3), flipH: k >= 4 }, n, n)
				);
				const got = dihedral(src, n, k);
				for (let i = 0; i < n * n; i++) expect(got[i]).toBeCloseTo(want[i], 4);
			}
	});
	it('turns a 3×3 pattern by hand: a quarter turn and a mirror', () => {
		// 3×3, rows top to bottom; the warp test above: out(x, y) = in(n − 1 − y, x)
		const src = [1, 2, 3, 4, 5, 6, 7, 8, 9];
		expect(Array.from(dihedral(src, 3, 1))).toEqual([3, 6, 9, 2, 5, 8, 1, 4, 7]);
		expect(Array.from(dihedral(src, 3, 2))).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
		expect(Array.from(dihedral(src, 3, 4))).toEqual([3, 2, 1, 6, 5, 4, 9, 8, 7]);
	});
	it('moves pixels without changing them, and the 8 images of an asymmetric one all differ', () => {
		const n = 4;
		const src = Float32Array.from({ length: n * n }, (_, i) => i * i);
		const seen = new Set<string>();
		for (let k = 0; k < 8; k++) {
			const d = dihedral(src, n, k);
			expect([...d].sort((a, b) => a - b)).toEqual([...src].sort((a, b) => a - b));
			seen.add(key(d));
		}
		expect(seen.size).toBe(8);
	});
	it('four quarter turns are the identity; a mirror twice is the identity (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9 }), fc.integer(), (n, seed) => {
				const r = rng(seed);
				const src = Float32Array.from({ length: n * n }, () => r());
				let t: Float32Array = src;
				for (let i = 0; i < 4; i++) t = dihedral(t, n, 1);
				const m = dihedral(dihedral(src, n, 4), n, 4);
				return key(t) === key(src) && key(m) === key(src);
			})
		);
	});
	it('with both flips and quarter turns, augmentBatch draws all 8 symmetries about equally often', () => {
		const n = 4;
		const src = Float32Array.from({ length: n * n }, (_, i) => i * i);
		const want = new Map(Array.from({ length: 8 }, (_, k) => [key(dihedral(src, n, k)), 0]));
		const count = 4000;
		const batch = new Float32Array(count * n * n);
		for (let i = 0; i < count; i++) batch.set(src, i * n * n);
		augmentBatch(
			batch,
			count,
			n,
			{ ...NO_AUGMENTATION, flipH: true, flipV: true, quarterTurn: true },
			rng(5)
		);
		for (let i = 0; i < count; i++) {
			const k = key(batch.subarray(i * n * n, (i + 1) * n * n));
			expect(want.has(k)).toBe(true);
			want.set(k, want.get(k)! + 1);
		}
		// each 1/8 of 4000 = 500; binomial standard deviation about 21
		for (const c of want.values()) expect(Math.abs(c - 500)).toBeLessThan(100);
	});
});
