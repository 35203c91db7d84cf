import { describe, expect, it } from 'vitest';
import { classify, readImageHeader, tooBig } from './header';

const bytes = (...parts: (number[] | string)[]) =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

describe('readImageHeader', () => {
	it('PNG: width and height from IHDR', () => {
		const png = bytes(
			[0x89],
			'PNG',
			[13, 10, 26, 10],
			be32(13),
			'IHDR',
			be32(300),
			be32(200),
			[8, 0, 0, 0, 0]
		);
		expect(readImageHeader(png)).toEqual({ ok: true, format: 'png', width: 300, height: 200 });
		expect(readImageHeader(png.subarray(0, 20))).toEqual({ ok: false, reason: 'truncated' });
	});
	it('PNG declaring 100000×100000 is read without decoding and is too big', () => {
		const png = bytes([0x89], 'PNG', [13, 10, 26, 10], be32(13), 'IHDR', be32(100000), be32(100000));
		const h = readImageHeader(png);
		expect(h).toEqual({ ok: true, format: 'png', width: 100000, height: 100000 });
		expect(tooBig(100000, 100000)).toBe(true);
		expect(tooBig(300, 300)).toBe(false);
	});
	it('JPEG: skips APP segments to the SOF frame size', () => {
		const app0 = [0xff, 0xe0, 0, 16, ...Array(14).fill(0)];
		const sof = [0xff, 0xc0, 0, 17, 8, 0x01, 0x2c, 0x00, 0xc8, 1, 1, 0x11, 0];
		const jpg = bytes([0xff, 0xd8], app0, sof);
		expect(readImageHeader(jpg)).toEqual({ ok: true, format: 'jpeg', width: 200, height: 300 });
		expect(readImageHeader(jpg.subarray(0, 10))).toEqual({ ok: false, reason: 'truncated' });
	});
	it('WebP (VP8X) and BMP', () => {
		const webp = bytes(
			'RIFF',
			le32(100),
			'WEBP',
			'VP8X',
			le32(10),
			[0, 0, 0, 0],
			[0x2b, 0x01, 0],
			[0xc7, 0x00, 0]
		);
		expect(readImageHeader(webp)).toEqual({ ok: true, format: 'webp', width: 300, height: 200 });
		const bmp = bytes('BM', le32(0), le32(0), le32(54), le32(40), le32(64), le32(-48 >>> 0), le16(1));
		expect(readImageHeader(bmp)).toEqual({ ok: true, format: 'bmp', width: 64, height: 48 });
	});
	it('anything else is not an image', () => {
		expect(readImageHeader(bytes('hello, world'))).toEqual({ ok: false, reason: 'not-image' });
		expect(readImageHeader(new Uint8Array(0))).toEqual({ ok: false, reason: 'not-image' });
	});
});

describe('classify', () => {
	it.each([
		['casting_data/train/def_front/cast_def_0_1.jpeg', 1, 'train'],
		['casting_data/test/ok_front/cast_ok_0_9.jpeg', 0, 'test'],
		['mine/DEF/x.png', 1, null],
		['mine/Ok_parts/x.png', 0, null],
		['x.png', null, null],
		['photos/other/x.png', null, null]
	] as const)('%s', (path, label, split) => {
		expect(classify(path)).toEqual({ label, split });
	});
});
