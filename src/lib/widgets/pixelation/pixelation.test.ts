// The pixelation widget's numbers, checked against references worked out here: block means for
// sizes that divide 300, the pit's darkness conserved by averaging, its width against the pixels
// the drawing darkens, and the twin without the defect against the generator's own OK drawing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParams } from '$lib/embed/params';
import { presetPart } from '$lib/lab/dataset/generate';
import { atSize, FULL, pitPicture, pixelate } from './pixelation';
import { params } from './params';
import { PixelationState } from './pixelation.svelte';

const pictures = new Map<number, ReturnType<typeof pitPicture>>();
const pic = (seed: number) => {
	if (!pictures.has(seed)) pictures.set(seed, pitPicture(seed));
	return pictures.get(seed)!;
};
const SEEDS = [1, 2, 3, 14, 16];

/** Mean of each b×b block, written out. */
function blockMeans(img: Float32Array, n: number): number[] {
	const b = FULL / n;
	const out: number[] = [];
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			let s = 0;
			for (let j = 0; j < b; j++) for (let i = 0; i < b; i++) s += img[(y * b + j) * FULL + x * b + i];
			out.push(s / (b * b));
		}
	return out;
}

describe('pixelation', () => {
	it('draws the pits preset itself, and a twin that differs only near the pit', () => {
		for (const seed of [3, 16]) {
			const p = pic(seed);
			expect(Array.from(p.part)).toEqual(Array.from(presetPart('pits', FULL, seed)));
			// the same noise: only the few pixels round the pit differ
			let changed = 0;
			for (let i = 0; i < p.part.length; i++) if (p.part[i] !== p.ok[i]) changed++;
			expect(changed).toBeGreaterThan(0);
			expect(changed).toBeLessThan(0.01 * FULL * FULL);
		}
	});

	it('averages whole blocks where the size divides 300', () => {
		const p = pic(3);
		for (const n of [10, 30, 60, 75, 150]) {
			const got = Array.from(pixelate(p.part, n));
			const want = blockMeans(p.part, n);
			for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], 5);
			const a = atSize(p, n);
			const okMeans = blockMeans(p.ok, n);
			expect(a.contrast).toBeCloseTo(255 * Math.max(...okMeans.map((v, i) => v - want[i])), 3);
		}
	});

	it('keeps the pit’s total darkness at every size, and never shows it darker than at 300 px', () => {
		fc.assert(
			fc.property(fc.constantFrom(...SEEDS), fc.integer({ min: 4, max: 299 }), (seed, n) => {
				const p = pic(seed);
				const full = atSize(p, FULL);
				const a = atSize(p, n);
				let mass = 0,
					massN = 0;
				for (let i = 0; i < p.part.length; i++) mass += p.ok[i] - p.part[i];
				const ok = pixelate(p.ok, n);
				for (let i = 0; i < a.pixels.length; i++) massN += ok[i] - a.pixels[i];
				// one pixel of n covers (300/n)² pixels of the photo
				expect(massN * (FULL / n) ** 2).toBeCloseTo(mass, 1);
				expect(a.contrast).toBeLessThanOrEqual(full.contrast + 1e-3);
			}),
			{ numRuns: 40 }
		);
	});

	it('gives the pit’s width in pixels as the drawing shows it: its area matches the darkened pixels', () => {
		for (const seed of [3, 14, 16]) {
			const p = pic(seed);
			expect(p.pits).toBe(1);
			const d = p.spec.defects[0];
			if (d.kind !== 'pits') throw new Error('not pits');
			// pixels darkened by more than half the pit's depth: about the disc's area
			let dark = 0;
			for (let i = 0; i < p.part.length; i++) if (p.ok[i] - p.part[i] > (d.depth / 2) * p.ok[i]) dark++;
			const diameter = atSize(p, FULL).pitPx;
			const area = (Math.PI * diameter ** 2) / 4;
			expect(dark).toBeGreaterThan(area * 0.6);
			expect(dark).toBeLessThan(area * 1.4);
			// and it scales with the size
			expect(atSize(p, 32).pitPx).toBeCloseTo((diameter * 32) / FULL, 9);
		}
	});

	it('the default part, as lesson 6 says: a pinhole plain at 64 px and gone at 16 px', () => {
		const s = new PixelationState();
		expect(s.sizes).toEqual([8, 16, 32, 64, 300]);
		const c = Object.fromEntries(s.views.map((v) => [v.n, v.contrast]));
		expect(c[64]).toBeGreaterThan(40);
		expect(c[16]).toBeLessThan(10);
		expect(c[8]).toBeLessThan(3);
		expect(s.query).toBe('');
	});

	it('reads sizes: whole numbers 4…300, at most six, each once, and names the parameter', () => {
		const read = (q: string) => readParams(params, q);
		expect(read('sizes=16,300').values.sizes).toEqual([16, 300]);
		const clamped = read('sizes=2,64');
		expect(clamped.values.sizes).toEqual([4, 64]);
		expect(clamped.messages.join(' ')).toContain('“sizes”');
		const twice = read('sizes=8,8,16');
		expect(twice.values.sizes).toEqual([8, 16]);
		expect(twice.messages.join(' ')).toContain('“sizes”');
		for (const bad of ['8.5', 'x', '1,2,3,4,5,6,7', '', '8,,16']) {
			const r = read(`sizes=${bad}`);
			expect(r.values.sizes, bad).toEqual([8, 16, 32, 64, 300]);
			expect(r.messages.join(' '), bad).toContain('“sizes”');
		}
	});
});
