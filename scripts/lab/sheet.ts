// Writes a PNG sheet of real and generated castings side by side, to compare the generator with
// real parts by eye: npm run lab:sheet [-- OUT.png]   (env: SIZE shown per tile, default 100;
// N tiles per group, default 8; SEED; REAL_CASTINGS). Rows: real OK, generated OK, real defective,
// generated defective. Green border = OK, red = defective. Never writes into the repository by default.
import { writeFileSync } from 'node:fs';
import { generateImage } from '../../src/lib/lab/dataset/generate';
import { downscaleArea } from '../../src/lib/math/image';
import { encodePng } from './png';
import { readGray, realPhotosDir } from './real-photos';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const size = Number(process.env.SIZE ?? 100);
const n = Number(process.env.N ?? 8);
const seed = Number(process.env.SEED ?? 1);
const out = process.argv[2] ?? process.env.OUT ?? '/tmp/lab-sheet.png';
const dir = realPhotosDir();
if (!dir) console.warn('no real-castings folder (set REAL_CASTINGS): the real rows stay empty');

function realTiles(sub: string): Float32Array[] {
	if (!dir) return [];
	const names = readdirSync(join(dir, sub))
		.filter((f) => /\.jpe?g$/i.test(f))
		.sort();
	// spread over the folder, not just its first files
	const pick = Array.from(
		{ length: Math.min(n, names.length) },
		(_, i) => names[Math.floor((i * names.length) / Math.min(n, names.length))]
	);
	return pick.map((f) => {
		const g = downscaleArea(readGray(join(dir, sub, f)), size, size);
		return Float32Array.from(g.data, (v) => v / 255);
	});
}
function genTiles(label: number): Float32Array[] {
	const tiles: Float32Array[] = [];
	for (let i = 0; tiles.length < n && i < 1000; i++) {
		const g = generateImage(seed, i, size);
		if (g.label === label) tiles.push(g.pixels);
	}
	return tiles;
}
const rows: [Float32Array[], number][] = [
	[realTiles('ok_front'), 0],
	[genTiles(0), 0],
	[realTiles('def_front'), 1],
	[genTiles(1), 1]
];
const pad = 3,
	cell = size + 2 * pad;
const W = n * cell,
	H = rows.length * cell;
const rgb = new Uint8Array(W * H * 3).fill(255);
rows.forEach(([tiles, label], ry) =>
	tiles.forEach((t, cx) => {
		for (let y = 0; y < cell; y++)
			for (let x = 0; x < cell; x++) {
				const inside = x >= pad && y >= pad && x < pad + size && y < pad + size;
				const o = ((ry * cell + y) * W + cx * cell + x) * 3;
				if (inside) {
					const v = Math.round(Math.min(1, Math.max(0, t[(y - pad) * size + (x - pad)])) * 255);
					rgb[o] = rgb[o + 1] = rgb[o + 2] = v;
				} else if (x < 2 || y < 2 || x >= cell - 2 || y >= cell - 2) {
					rgb[o] = label ? 220 : 0;
					rgb[o + 1] = label ? 0 : 160;
					rgb[o + 2] = 0;
				}
			}
	})
);
writeFileSync(out, encodePng(rgb, W, H));
console.log(`wrote ${out} (${W}×${H}): rows real OK, generated OK, real defective, generated defective`);
