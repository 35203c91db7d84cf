// Read an image's format and declared size from its first bytes, before decoding it, so that a
// file declaring huge dimensions (a decompression bomb) or one that is not an image is refused
// without spending memory. PNG, JPEG, WebP (VP8, VP8L, VP8X) and BMP.

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'bmp';
export type HeaderResult =
	| { ok: true; format: ImageFormat; width: number; height: number }
	| { ok: false; reason: 'not-image' | 'truncated' };

/** Bytes to read from the start of a file: enough for every header above (JPEG SOF may sit after EXIF). */
export const HEADER_BYTES = 256 * 1024;

export function readImageHeader(b: Uint8Array): HeaderResult {
	const u16be = (o: number) => (b[o] << 8) | b[o + 1];
	const u32be = (o: number) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
	const u16le = (o: number) => b[o] | (b[o + 1] << 8);
	const i32le = (o: number) => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24);
	const ascii = (o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
	if (b.length >= 8 && b[0] === 0x89 && ascii(1, 3) === 'PNG') {
		if (b.length < 24) return { ok: false, reason: 'truncated' };
		if (ascii(12, 4) !== 'IHDR') return { ok: false, reason: 'not-image' };
		return { ok: true, format: 'png', width: u32be(16), height: u32be(20) };
	}
	if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
		let o = 2;
		while (o + 4 <= b.length) {
			if (b[o] !== 0xff) return { ok: false, reason: 'not-image' };
			const marker = b[o + 1];
			if (marker === 0xff) {
				o++;
				continue;
			}
			if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
				o += 2;
				continue;
			}
			const len = u16be(o + 2);
			// SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size
			if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
				if (o + 9 > b.length) return { ok: false, reason: 'truncated' };
				return { ok: true, format: 'jpeg', width: u16be(o + 7), height: u16be(o + 5) };
			}
			if (marker === 0xd9 || marker === 0xda || len < 2) return { ok: false, reason: 'not-image' };
			o += 2 + len;
		}
		return { ok: false, reason: 'truncated' };
	}
	if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
		if (b.length < 30) return { ok: false, reason: 'truncated' };
		const chunk = ascii(12, 4);
		if (chunk === 'VP8 ')
			return { ok: true, format: 'webp', width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff };
		if (chunk === 'VP8L') {
			const v = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
			return { ok: true, format: 'webp', width: (v & 0x3fff) + 1, height: ((v >>> 14) & 0x3fff) + 1 };
		}
		if (chunk === 'VP8X') {
			const w = 1 + (b[24] | (b[25] << 8) | (b[26] << 16));
			const h = 1 + (b[27] | (b[28] << 8) | (b[29] << 16));
			return { ok: true, format: 'webp', width: w, height: h };
		}
		return { ok: false, reason: 'not-image' };
	}
	if (b.length >= 2 && b[0] === 0x42 && b[1] === 0x4d) {
		if (b.length < 26) return { ok: false, reason: 'truncated' };
		const dib = u16le(14) | (u16le(16) << 16);
		if (dib === 12) return { ok: true, format: 'bmp', width: u16le(18), height: u16le(20) };
		return { ok: true, format: 'bmp', width: Math.abs(i32le(18)), height: Math.abs(i32le(22)) };
	}
	return { ok: false, reason: 'not-image' };
}

/** Largest side and pixel count the lab decodes (a 300×300 casting photo is far below). */
export const MAX_SIDE = 8192;
export const MAX_PIXELS = 40_000_000;

export function tooBig(width: number, height: number): boolean {
	return width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS;
}

/** Class and split from a file's path (contract: `def…` / `ok…` folders, optional train/test above). */
export function classify(path: string): { label: 0 | 1 | null; split: 'train' | 'test' | null } {
	const parts = path
		.split(/[\\/]/)
		.slice(0, -1)
		.map((p) => p.toLowerCase());
	let label: 0 | 1 | null = null;
	let at = -1;
	for (let i = parts.length - 1; i >= 0; i--) {
		if (parts[i].startsWith('def')) label = 1;
		else if (parts[i].startsWith('ok')) label = 0;
		if (label !== null) {
			at = i;
			break;
		}
	}
	let split: 'train' | 'test' | null = null;
	for (let i = at - 1; i >= 0; i--)
		if (parts[i] === 'train' || parts[i] === 'test') {
			split = parts[i] as 'train' | 'test';
			break;
		}
	return { label, split };
}
