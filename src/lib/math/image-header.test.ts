import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { readImageHeader } from './image-header';

function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	Buffer.from(data).copy(out, 8);
	return out; // CRC left 0: the reader does not check it
}

/** A PNG header claiming w × h, with `pixels` rows of real data (or none). */
function png(w: number, h: number, rows = 0): Buffer {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr.set([8, 0, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(Buffer.alloc(rows * (w + 1)))),
		chunk('IEND', new Uint8Array(0))
	]);
}

/** A baseline JPEG's markers (no real scan data: enough for the reader's walk). */
function jpeg(w: number, h: number, end = true): Buffer {
	const sof = [0xff, 0xc0, 0, 11, 8, h >> 8, h & 255, w >> 8, w & 255, 1, 1, 0x11, 0];
	const app0 = [0xff, 0xe0, 0, 16, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
	const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0];
	const scan = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]; // stuffed FF and a restart marker
	return Buffer.from([0xff, 0xd8, ...app0, ...sof, ...sos, ...scan, ...(end ? [0xff, 0xd9] : [])]);
}

describe('readImageHeader', () => {
	it('reads the size a PNG claims, however large, without decoding', () => {
		expect(readImageHeader(png(40000, 40000))).toEqual({ format: 'png', w: 40000, h: 40000, complete: true });
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 2 ** 31 - 1 }),
				fc.integer({ min: 1, max: 2 ** 31 - 1 }),
				(w, h) => {
					expect(readImageHeader(png(w, h))).toMatchObject({ format: 'png', w, h, complete: true });
				}
			)
		);
	});

	it('a PNG cut short is incomplete; one cut inside its header has no size', () => {
		const full = png(8, 8, 8);
		expect(readImageHeader(full)).toMatchObject({ w: 8, h: 8, complete: true });
		for (let n = 24; n < full.length; n += 5)
			expect(readImageHeader(full.subarray(0, n))).toMatchObject({ w: 8, h: 8, complete: false });
		expect(readImageHeader(full.subarray(0, 20))).toEqual({
			format: 'png',
			w: null,
			h: null,
			complete: false
		});
	});

	it('reads a JPEG frame size and notices a missing end of image', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }), (w, h) => {
				expect(readImageHeader(jpeg(w, h))).toEqual({ format: 'jpeg', w, h, complete: true });
				expect(readImageHeader(jpeg(w, h, false))).toEqual({ format: 'jpeg', w, h, complete: false });
			})
		);
		expect(readImageHeader(jpeg(300, 200).subarray(0, 10))).toMatchObject({ format: 'jpeg', w: null });
	});

	it('GIF, BMP and WebP sizes', () => {
		const gif = Buffer.from([...Buffer.from('GIF89a'), 0x40, 0x01, 0xf0, 0x00, 0, 0, 0, 0x3b]);
		expect(readImageHeader(gif)).toEqual({ format: 'gif', w: 320, h: 240, complete: true });
		const bmp = Buffer.alloc(54);
		bmp.write('BM', 0, 'ascii');
		bmp.writeUInt32LE(54, 2);
		bmp.writeInt32LE(640, 18);
		bmp.writeInt32LE(-480, 22); // top-down rows
		expect(readImageHeader(bmp)).toEqual({ format: 'bmp', w: 640, h: 480, complete: true });
		const vp8x = Buffer.alloc(30);
		vp8x.write('RIFF', 0, 'ascii');
		vp8x.writeUInt32LE(22, 4);
		vp8x.write('WEBPVP8X', 8, 'ascii');
		vp8x.writeUIntLE(39999, 24, 3);
		vp8x.writeUIntLE(19999, 27, 3);
		expect(readImageHeader(vp8x)).toEqual({ format: 'webp', w: 40000, h: 20000, complete: true });
	});

	it('text, an empty file and random bytes have no known signature', () => {
		expect(readImageHeader(Buffer.from('hello, this is not a picture'))).toEqual({ format: null });
		expect(readImageHeader(new Uint8Array(0))).toEqual({ format: null });
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
				const r = readImageHeader(b); // never throws, whatever the bytes
				if (r.format && r.w !== null) expect(Number.isFinite(r.w) && Number.isFinite(r.h)).toBe(true);
			})
		);
	});

	// An independent reader: libmagic's `file` prints each JPEG's size. Skipped without the photos.
	const dir = process.env.REAL_CASTINGS ?? join(process.cwd(), '../../shared/real-castings');
	const haveFile = (() => {
		try {
			execFileSync('file', ['--version']);
			return true;
		} catch {
			return false;
		}
	})();
	it.skipIf(!existsSync(dir) || !haveFile)(
		'agrees with `file` on the real casting photos, whole and cut',
		() => {
			const paths = ['def_front', 'ok_front'].flatMap((d) =>
				readdirSync(join(dir, d))
					.filter((f) => f.endsWith('.jpeg'))
					.map((f) => join(dir, d, f))
			);
			expect(paths.length).toBeGreaterThan(100);
			for (const p of paths) {
				const m = execFileSync('file', ['-b', p])
					.toString()
					.match(/, (\d+)x(\d+),/)!;
				const bytes = readFileSync(p);
				expect(readImageHeader(bytes), p).toEqual({ format: 'jpeg', w: +m[1], h: +m[2], complete: true });
				const cutShort = bytes.subarray(0, Math.floor(bytes.length * 0.6));
				expect(readImageHeader(cutShort), p).toMatchObject({ complete: false });
			}
		}
	);
});
