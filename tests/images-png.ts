// Tiny PNG files for upload tests: 8-bit RGB, written with node's zlib (no browser needed).
import { deflateSync } from 'node:zlib';

const CRC = new Uint32Array(256).map((_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	Buffer.from(data).copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

/** A PNG of `rows` (each pixel [r, g, b]). */
export function png(rows: [number, number, number][][]): Buffer {
	const h = rows.length;
	const w = rows[0].length;
	const raw = Buffer.alloc(h * (1 + 3 * w));
	rows.forEach((row, y) => row.forEach((p, x) => raw.set(p, y * (1 + 3 * w) + 1 + 3 * x)));
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', new Uint8Array(0))
	]);
}

/** A gray PNG from a matrix of values. */
export function grayPng(values: number[][]): Buffer {
	return png(values.map((r) => r.map((v) => [v, v, v] as [number, number, number])));
}
