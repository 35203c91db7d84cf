// Reads the real casting photos (test fixtures, never copied into the repository) as a lab Dataset:
// JPEG decoded in Node (jpeg-js), grayscale by the lab's luma, area-averaged down to `size`.
// The folder: env REAL_CASTINGS, else the first `shared/real-castings` found walking up from here
// (the repository sits beside `shared/`, as in CI).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { downscaleArea } from '../../src/lib/math/image';
import type { Dataset } from '../../src/lib/lab/dataset/types';
import { alternateHalves } from '../../src/lib/lab/dataset/split';

export function realPhotosDir(): string | null {
	if (process.env.REAL_CASTINGS)
		return existsSync(process.env.REAL_CASTINGS) ? process.env.REAL_CASTINGS : null;
	let d = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 8; i++) {
		const c = join(d, 'shared', 'real-castings');
		if (existsSync(join(c, 'def_front'))) return c;
		const up = resolve(d, '..');
		if (up === d) break;
		d = up;
	}
	return null;
}

/** One photo as a full-resolution grayscale grid (0…255). */
export function readGray(path: string): { h: number; w: number; data: Float32Array } {
	const img = jpeg.decode(readFileSync(path), { useTArray: true, formatAsRGBA: true });
	const data = new Float32Array(img.width * img.height);
	for (let i = 0; i < data.length; i++)
		data[i] = 0.299 * img.data[4 * i] + 0.587 * img.data[4 * i + 1] + 0.114 * img.data[4 * i + 2];
	return { h: img.height, w: img.width, data };
}

/** The photos of `dir` (def_front = 1, ok_front = 0) at size×size, in a fixed (sorted) order. */
export function loadRealPhotos(dir: string, size: number): Dataset {
	const files: { path: string; label: number }[] = [];
	for (const [sub, label] of [
		['def_front', 1],
		['ok_front', 0]
	] as const) {
		const names = readdirSync(join(dir, sub))
			.filter((n) => /\.jpe?g$/i.test(n))
			.sort();
		for (const n of names) files.push({ path: join(dir, sub, n), label });
	}
	const n = size * size;
	const pixels = new Uint8Array(files.length * n);
	files.forEach((f, i) => {
		const small = downscaleArea(readGray(f.path), size, size);
		for (let j = 0; j < n; j++) pixels[i * n + j] = Math.min(255, Math.max(0, Math.round(small.data[j])));
	});
	return {
		size,
		count: files.length,
		pixels,
		labels: Uint8Array.from(files.map((f) => f.label)),
		names: files.map((f) => f.path)
	};
}

/** The fixed calibration and held-out halves of the real photos (see alternateHalves). */
export const realHalves = alternateHalves;
