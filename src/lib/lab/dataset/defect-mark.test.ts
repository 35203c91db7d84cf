// The defect circles checked against the pixels themselves: a part drawn with one defect and the
// same part drawn without it (same noise) differ only where the defect is, so the circle must
// hold the pixels that changed, and its centre must sit in the middle of them. Nothing here reads
// the generator's bookkeeping beyond taking a defect off the spec.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rng } from '$lib/math/rng';
import { drawPart, randomPart, DEFECT_KINDS, type PartSpec } from './part';
import { defectMarks, withinAnyDefect } from './defect-mark';
import { heldOutPart } from './generate';

/** |with − without| per pixel, for `spec` carrying only its defect number `k`. */
function change(spec: PartSpec, k: number, size: number, noise: number): Float32Array {
	const only = drawPart({ ...spec, defects: [spec.defects[k]] }, size, rng(noise));
	const none = drawPart({ ...spec, defects: [] }, size, rng(noise));
	return only.map((v, i) => Math.abs(v - none[i]));
}

function stats(diff: Float32Array, size: number, mark: { row: number; col: number }) {
	let max = 0,
		at = 0,
		far = 0,
		farOver = 0,
		w = 0,
		wr = 0,
		wc = 0;
	diff.forEach((d, i) => {
		const row = Math.floor(i / size),
			col = i % size;
		const dist = Math.hypot(row - mark.row, col - mark.col);
		if (d > max) [max, at] = [d, i];
		if (d > 0.02) farOver = Math.max(farOver, dist);
		if (d > 0.002) {
			far = Math.max(far, dist);
			w += d;
			wr += d * row;
			wc += d * col;
		}
	});
	return {
		max,
		maxAt: { row: Math.floor(at / size), col: at % size },
		farOver,
		far,
		centroid: { row: wr / w, col: wc / w }
	};
}

describe('defectMarks', () => {
	for (const kind of DEFECT_KINDS)
		it(`a ${kind}'s circle holds the pixels it changed, centred on them`, () => {
			fc.assert(
				fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(32, 64, 96), (seed, size) => {
					const spec = randomPart(rng(seed), true, kind);
					const [mark] = defectMarks(spec, size);
					const diff = change(spec, 0, size, seed + 1);
					const s = stats(diff, size, mark);
					if (s.max < 0.01) return; // a subtle defect on the dark ring may change nearly nothing
					// (a pixel of blur and a pixel of partial cover beyond the drawn edge)
					const slack = 2;
					expect(Math.hypot(s.maxAt.row - mark.row, s.maxAt.col - mark.col)).toBeLessThanOrEqual(
						mark.radius + slack
					);
					expect(s.farOver).toBeLessThanOrEqual(mark.radius + slack);
					expect(Math.hypot(s.centroid.row - mark.row, s.centroid.col - mark.col)).toBeLessThanOrEqual(
						mark.radius
					);
				}),
				{ numRuns: 25 }
			);
		});

	it('is no bigger than the change it marks (within a few pixels)', () => {
		let over = 0;
		for (let seed = 0; seed < 60; seed++) {
			const kind = DEFECT_KINDS[seed % DEFECT_KINDS.length];
			const spec = randomPart(rng(seed * 7 + 3), true, kind);
			const [mark] = defectMarks(spec, 64);
			const s = stats(change(spec, 0, 64, seed), 64, mark);
			if (s.max < 0.01) continue;
			over = Math.max(over, mark.radius - s.far);
		}
		expect(over).toBeLessThan(4);
	});

	it('marks every defect of a part with several, and none on an OK part', () => {
		let several = 0;
		for (let seed = 0; seed < 40; seed++) {
			const spec = randomPart(rng(seed), true);
			const marks = defectMarks(spec, 64);
			expect(marks).toHaveLength(spec.defects.length);
			if (marks.length > 1) several++;
			marks.forEach((m, k) => {
				const s = stats(change(spec, k, 64, seed), 64, m);
				if (s.max >= 0.01) expect(withinAnyDefect(s.maxAt, marks, 2)).toBe(true);
			});
		}
		expect(several).toBeGreaterThan(0);
		expect(defectMarks(heldOutPart(1, 0, 64, 'ok').spec, 64)).toEqual([]);
	});

	it('turns with the part: the same defect on a turned part is marked at the turned place', () => {
		const spec = randomPart(rng(5), true, 'rough');
		const a = defectMarks({ ...spec, angle: 0 }, 64)[0];
		const b = defectMarks({ ...spec, angle: Math.PI }, 64)[0];
		// half a turn about the part's centre (cx, cy in pixel indices: cx·size − 0.5)
		const cr = spec.cy * 64 - 0.5,
			cc = spec.cx * 64 - 0.5;
		expect(b.row).toBeCloseTo(2 * cr - a.row, 6);
		expect(b.col).toBeCloseTo(2 * cc - a.col, 6);
		expect(b.radius).toBeCloseTo(a.radius, 6);
	});
});
