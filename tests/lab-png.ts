// A minimal grayscale PNG encoder for tests (Node's zlib), and a folder of generated castings.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
	let c = ~0;
	for (const b of buf) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
	}
	return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}

/** 8-bit grayscale PNG of values in 0…1. */
export function encodePng(pixels: ArrayLike<number>, w: number, h: number): Buffer {
	const raw = Buffer.alloc((w + 1) * h);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++)
			raw[y * (w + 1) + 1 + x] = Math.round(255 * Math.min(1, Math.max(0, pixels[y * w + x])));
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr[8] = 8;
	ihdr[9] = 0;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** A PNG whose header declares width × height but carries no real image data. */
export function hugeHeaderPng(width: number, height: number): Buffer {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr[8] = 8;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** Write `images` into a fresh temp folder as root/<sub>/<name>.png; returns the root. */
export function writeFolder(files: { path: string; data: Buffer | string }[]): string {
	const root = mkdtempSync(join(tmpdir(), 'lab-'));
	for (const f of files) {
		const full = join(root, f.path);
		mkdirSync(join(full, '..'), { recursive: true });
		writeFileSync(full, f.data);
	}
	return root;
}
