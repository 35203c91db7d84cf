// The pointing game with two models whose answer is known: an oracle that looks only at the pixels
// the defect changed (found by drawing each part again without its defect, not from the defect's
// circle), which must point at nearly every defect, and one that looks only at the top-left
// corner, which must point at nearly none.
import { describe, expect, it } from 'vitest';
import { rng } from '$lib/math/rng';
import { pointingAccuracy } from '$lib/math/saliency';
import { HELD_OUT_SEED_OFFSET } from './dataset/generate';
import { drawPart, randomPart } from './dataset/part';
import { toBytes, toUnit } from './dataset/pixels';
import {
	meanScore,
	medianDefectDiameter,
	peaksOn,
	pointingGame,
	pointingMargin,
	pointingPart
} from './pointing';

const SIZE = 32,
	SEED = 3,
	COUNT = 10;

/** Held-out part i of the pointing game drawn again without its defect, with the same noise. */
function clean(i: number, kind: Parameters<typeof randomPart>[2]) {
	// generate.ts's imageRng for the held-out stream
	const s = SEED + HELD_OUT_SEED_OFFSET;
	const r = rng((Math.imul(s | 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
	const spec = randomPart(r, true, kind);
	return toUnit(toBytes(drawPart({ ...spec, defects: [] }, SIZE, r))) as Float32Array;
}

const parts = Array.from({ length: COUNT }, (_, i) => {
	const p = pointingPart(SEED, i, SIZE);
	const none = clean(i, p.kind);
	const mask = Array.from(p.image.keys()).filter((k) => Math.abs(p.image[k] - none[k]) > 0.02);
	return { ...p, mask };
});

/** Which part an (occluded) image is: the one it differs least from. */
function which(img: Float32Array) {
	let best = 0,
		bestDiff = Infinity;
	parts.forEach((p, n) => {
		let d = 0;
		for (let k = 0; k < img.length; k += 7) if (img[k] !== p.image[k]) d++;
		if (d < bestDiff) [best, bestDiff] = [n, d];
	});
	return parts[best];
}

/** Share of the defect's changed pixels left as drawn. */
const oracle = (images: Float32Array[]) =>
	images.map((img) => {
		const p = which(img);
		return p.mask.length ? p.mask.filter((k) => img[k] === p.image[k]).length / p.mask.length : 0;
	});
/** How much the top-left 3×3 corner varies (flat grey over it makes that none). */
const corner = (images: Float32Array[]) =>
	images.map((img) => {
		let s = 0;
		for (let y = 0; y < 3; y++)
			for (let x = 0; x < 3; x++) s += Math.abs(img[y * SIZE + x] - img[y * SIZE + x + 1]);
		return s;
	});

describe('pointingGame', () => {
	it('the drawn parts have the same defect as the circles say, one of each kind in turn', () => {
		expect(parts.map((p) => p.kind)).toEqual([
			'pits',
			'chip',
			'crack',
			'shrinkage',
			'rough',
			'pits',
			'chip',
			'crack',
			'shrinkage',
			'rough'
		]);
		for (const p of parts) expect(p.defects).toHaveLength(1);
		expect(parts.filter((p) => p.mask.length > 0).length).toBeGreaterThanOrEqual(COUNT - 1);
	});

	it('a model that looks at the defect points at it', async () => {
		const r = (await pointingGame(SEED, SIZE, oracle, { count: COUNT }))!;
		const visible = parts.filter((p) => p.mask.length > 0).length;
		expect(r.hits).toBeGreaterThanOrEqual(visible - 1);
		expect(r.total).toBe(COUNT);
		expect(r.accuracy).toBe(pointingAccuracy(r.parts.map((p) => p.hit)));
		expect(r.accuracy).toBe(r.hits / r.total);
		expect(r.margin).toBe(pointingMargin(r.stride));
	});

	it('a model that looks at the corner points at almost nothing', async () => {
		const r = (await pointingGame(SEED, SIZE, corner, { count: COUNT }))!;
		for (const p of r.parts) {
			// the corner patch's centre, its peak
			expect(p.peak.row).toBe((r.patch - 1) / 2);
			expect(p.peak.col).toBe((r.patch - 1) / 2);
		}
		expect(r.accuracy).toBeLessThanOrEqual(0.1);
		const byKind = Object.values(r.byKind);
		expect(byKind.reduce((s, k) => s + k.total, 0)).toBe(COUNT);
		expect(byKind.reduce((s, k) => s + k.hits, 0)).toBe(r.hits);
	});

	it('reports progress after each part and stops when told', async () => {
		const seen: number[] = [];
		let calls = 0;
		const r = await pointingGame(SEED, SIZE, corner, {
			count: COUNT,
			onProgress: (done, total) => {
				expect(total).toBe(COUNT);
				seen.push(done);
			},
			proceed: () => ++calls <= 3
		});
		expect(r).toBeNull();
		expect(seen).toEqual([1, 2, 3]);
	});

	it('counts the peaks on a given circle, and the median defect size', async () => {
		const r = (await pointingGame(SEED, SIZE, corner, { count: COUNT }))!;
		const c = (r.patch - 1) / 2;
		expect(peaksOn(r, { row: c, col: c, radius: 0.5 })).toBe(COUNT);
		expect(peaksOn(r, { row: SIZE - 1, col: SIZE - 1, radius: 1 })).toBe(0);
		const fake = (radii: number[]) => ({
			parts: radii.map((radius) => ({ defects: [{ row: 0, col: 0, radius }] }))
		});
		expect(medianDefectDiameter(fake([3, 1, 2]) as never)).toBe(4);
		expect(medianDefectDiameter(fake([4, 1, 2, 3]) as never)).toBe(5);
		expect(medianDefectDiameter({ parts: [] })).toBeNull();
		// the mean score is the mean of the parts' P(defective) as drawn
		expect(meanScore(r)).toBeCloseTo(
			corner(parts.map((p) => p.image)).reduce((a, b) => a + b, 0) / COUNT,
			12
		);
		expect(meanScore({ parts: [] })).toBeNull();
	});

	it('the margin is the farthest a point can be from the map grid, rounded up', () => {
		expect(pointingMargin(4)).toBe(3);
		expect(pointingMargin(2)).toBe(2);
		expect(pointingMargin(1)).toBe(1);
	});
});
