// The shortcut experiment: a tell-tale mark on every defective image of the built-in training,
// validation and test sets, and on nothing else (not on OK images, never on drawn "unseen" parts
// or uploaded photos). A model can then score well on the test set by finding the mark instead of
// the defect; the heat maps and the unseen parts show it. The lab's `shortcut` URL parameter.
import { discCover } from './part';
import type { Dataset } from './types';

export const SHORTCUTS = ['none', 'mark'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

/**
 * The mark: a small white dot with a dark rim (so it shows on a light or a dark table), near the
 * top-left corner, on the table beside the part. Centre and radius in input pixels.
 */
export function shortcutMark(size: number): { row: number; col: number; radius: number; rim: number } {
	const radius = Math.max(1, size / 48),
		at = Math.round(size * 0.07); // on a pixel's centre, so that pixel is fully white
	return { row: at, col: at, radius, rim: radius + Math.max(0.5, size / 64) };
}

/** Paint the mark into one size×size byte image, in place. */
export function paintMark(img: Uint8Array, size: number) {
	const m = shortcutMark(size);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const du = y - m.row,
				dv = x - m.col;
			const rim = discCover(du, dv, m.rim, 1);
			if (rim === 0) continue;
			const dot = discCover(du, dv, m.radius, 1);
			const k = y * size + x;
			let v = img[k] / 255;
			v += (0.08 - v) * rim; // dark rim
			v += (1 - v) * dot; // white centre
			img[k] = Math.round(Math.min(1, Math.max(0, v)) * 255);
		}
}

/** A copy of `ds` with the mark on every defective image (label 1), or `ds` itself for 'none'. */
export function withShortcut(ds: Dataset, shortcut: Shortcut): Dataset {
	if (shortcut === 'none') return ds;
	const n = ds.size * ds.size;
	const pixels = ds.pixels.slice();
	for (let i = 0; i < ds.count; i++)
		if (ds.labels[i] === 1) paintMark(pixels.subarray(i * n, (i + 1) * n), ds.size);
	return { ...ds, pixels };
}
