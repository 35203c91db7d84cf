import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discCover, drawPart, lineCover, randomPart, type PartSpec } from './part';
import { rng } from '$lib/math/rng';
import { darkCentroid, radialBands } from './gap';

/** Share of a unit pixel centred at distance d from a disc's centre that the disc covers (sampled). */
function sampledDisc(d: number, r: number): number {
	let hit = 0;
	const n = 60;
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) if (Math.hypot(d + (i + 0.5) / n - 0.5, (j + 0.5) / n - 0.5) < r) hit++;
	return hit / (n * n);
}

describe('discCover and lineCover', () => {
	it('a disc smaller than a pixel darkens it by about its share of the pixel', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.05, max: 2, noNaN: true }),
				fc.double({ min: 0, max: 2.5, noNaN: true }),
				(r, d) => {
					expect(Math.abs(discCover(d, 0, r, 1) - sampledDisc(d, r))).toBeLessThan(r < 0.3 ? 0.02 : 0.08);
				}
			),
			{ numRuns: 30 }
		);
	});
	it('a big disc covers its inside fully and nothing a pixel past its edge', () => {
		expect(discCover(0, 0, 5, 1)).toBe(1);
		expect(discCover(6.01, 0, 5, 1)).toBe(0);
		expect(discCover(5, 0, 5, 1)).toBeCloseTo(0.5, 1);
		expect(discCover(0.2, 0.1, 0.1, 1)).toBeCloseTo(Math.PI * 0.01, 9);
	});
	it('a hairline darkens a pixel by its width, not by a whole pixel', () => {
		expect(lineCover(0, 0.05, 1)).toBeCloseTo(0.1, 9);
		expect(lineCover(0, 2, 1)).toBe(1);
		expect(lineCover(3, 1, 1)).toBe(0);
		expect(lineCover(1, 1, 1)).toBeCloseTo(0.5, 9);
	});
});

const ok = (seed: number, size = 96) => {
	const r = rng(seed);
	const spec = randomPart(r, false);
	return { spec, img: { size, data: drawPart(spec, size, r) } };
};

describe('drawPart looks like a real part', () => {
	it('grey hole, bright hub face, dark inner ring, bright flange, lighter table (radius bands)', () => {
		for (let seed = 1; seed <= 12; seed++) {
			const { spec, img } = ok(seed);
			const c = darkCentroid(img)!;
			expect(Math.abs(c.cx - spec.cx)).toBeLessThan(0.02);
			const R = spec.radius;
			const at = (a: number, b: number) => radialBands(img, spec.cx, spec.cy, [a * R, b * R])[0].mean;
			const hole = at(0, spec.hole * 0.5),
				inner = at(spec.hubOuter + 0.04, spec.innerOuter - 0.04),
				flange = at(0.65, 0.9),
				table = at(1.15, 1.2);
			expect(inner).toBeLessThan(0.36);
			expect(hole).toBeGreaterThan(inner + 0.05);
			expect(flange).toBeGreaterThan(inner + 0.3);
			expect(table).toBeGreaterThan(0.4);
		}
	});
	it('is deterministic for a random stream, and OK parts carry no defect', () => {
		const a = ok(5),
			b = ok(5);
		expect(Array.from(a.img.data)).toEqual(Array.from(b.img.data));
		expect(a.spec.defects).toEqual([]);
	});
	it('a pinhole darkens the flange where it sits, and only there', () => {
		const base: PartSpec = { ...ok(3).spec, noise: 0, blur: 0 };
		const size = 128;
		const plain = drawPart(base, size, rng(1));
		const pit = { u: 0.8, v: 0, r: 0.03 };
		const holed = drawPart({ ...base, defects: [{ kind: 'pits', pits: [pit], depth: 0.8 }] }, size, rng(1));
		// the pit's pixel, in image coordinates (the part is turned by `angle`)
		const R = base.radius * size;
		const px = base.cx * size + R * (pit.u * Math.cos(base.angle) - pit.v * Math.sin(base.angle));
		const py = base.cy * size + R * (pit.u * Math.sin(base.angle) + pit.v * Math.cos(base.angle));
		const i = Math.floor(py) * size + Math.floor(px);
		expect(holed[i]).toBeLessThan(plain[i] - 0.2);
		let changed = 0;
		for (let j = 0; j < plain.length; j++) if (Math.abs(holed[j] - plain[j]) > 1e-6) changed++;
		// a disc of 0.03 R at R ≈ 53 px: about 8 px², a few more at its soft edge
		expect(changed).toBeGreaterThan(2);
		expect(changed).toBeLessThan(40);
	});
});
