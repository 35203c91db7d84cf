import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDataset } from './generate';
import { shortcutMark, withShortcut } from './shortcut';

describe('withShortcut', () => {
	it('marks every defective image, near the corner only, and leaves OK images and labels alone', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(16, 32, 64), (seed, size) => {
				const ds = generateDataset({ seed, count: 12, size });
				const marked = withShortcut(ds, 'mark');
				expect(marked.labels).toEqual(ds.labels);
				expect(ds.pixels).not.toBe(marked.pixels);
				const m = shortcutMark(size);
				const n = size * size;
				for (let i = 0; i < ds.count; i++) {
					let changed = 0,
						bright = 0;
					for (let k = 0; k < n; k++) {
						const a = ds.pixels[i * n + k],
							b = marked.pixels[i * n + k];
						const row = Math.floor(k / size),
							col = k % size;
						if (a !== b) {
							changed++;
							// only inside the mark's rim, widened by the pixel it partly covers
							expect(Math.hypot(row - m.row, col - m.col)).toBeLessThanOrEqual(m.rim + 1);
						}
						if (row === Math.round(m.row) && col === Math.round(m.col)) bright = b;
					}
					if (ds.labels[i] === 1) {
						expect(changed).toBeGreaterThan(0);
						expect(bright).toBeGreaterThanOrEqual(250); // the dot's centre is white
					} else expect(changed).toBe(0);
				}
			}),
			{ numRuns: 12 }
		);
	});

	it("'none' is the data set itself, and the source is never changed", () => {
		const ds = generateDataset({ seed: 2, count: 8, size: 24 });
		const before = ds.pixels.slice();
		expect(withShortcut(ds, 'none')).toBe(ds);
		withShortcut(ds, 'mark');
		expect(ds.pixels).toEqual(before);
	});

	it('the mark sits on the table, outside the largest part the generator draws', () => {
		for (const size of [16, 64, 128]) {
			const m = shortcutMark(size);
			// parts: centre 0.5 (± 0.012 sd), outer radius at most 0.45 of the width; a little shadow beyond
			const fromCentre = Math.hypot(m.row + 0.5 - size / 2, m.col + 0.5 - size / 2) / size;
			expect(fromCentre - m.rim / size).toBeGreaterThan(0.45 + 0.02);
		}
	});
});
