// What an image file says about itself before anyone decodes it: its format, its size in pixels
// and whether it is complete. Uploads are checked with this first, so a 2 kB PNG whose header
// claims 40000 × 40000 is refused before the browser tries to allocate 6.4 GB for it, and a file
// cut short is named as such instead of appearing half grey.

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp';

export type HeaderInfo =
	| { format: ImageFormat; w: number; h: number; complete: boolean }
	/** A known signature whose header is cut off before the size. */
	| { format: ImageFormat; w: null; h: null; complete: false }
	/** No signature this reader knows (the browser may still decode it: AVIF, ICO, SVG…). */
	| { format: null };

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) =>
	((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const i32le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

const PNG_SIG = [137, 80, 78, 71, 13, 10, 26, 10];

function png(b: Uint8Array): HeaderInfo {
	if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR')
		return { format: 'png', w: null, h: null, complete: false };
	// Walk the chunks: a complete file reaches IEND inside its length.
	let i = 8,
		complete = false;
	while (i + 12 <= b.length) {
		const len = u32be(b, i);
		const type = ascii(b, i + 4, 4);
		if (i + 12 + len > b.length) break;
		if (type === 'IEND') {
			complete = true;
			break;
		}
		i += 12 + len;
	}
	return { format: 'png', w: u32be(b, 16), h: u32be(b, 20), complete };
}

/** SOF markers carry the frame size (C4 is DHT, C8 reserved, CC arithmetic tables). */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): HeaderInfo {
	let i = 2;
	let size: { w: number; h: number } | null = null;
	while (i + 4 <= b.length) {
		if (b[i] !== 0xff) return size ? { format: 'jpeg', ...size, complete: false } : cut('jpeg');
		const m = b[i + 1];
		if (m === 0xff) {
			i++; // fill byte
			continue;
		}
		if (m === 0xd8 || (m >= 0xd0 && m <= 0xd7) || m === 0x01) {
			i += 2;
			continue;
		}
		if (m === 0xd9) break;
		const len = u16be(b, i + 2);
		if (isSof(m) && i + 9 <= b.length) size = { w: u16be(b, i + 7), h: u16be(b, i + 5) };
		if (m === 0xda) {
			// Entropy-coded data follows: in it 0xFF is always followed by 0x00 or a restart
			// marker, so the next FF D9 is the end of the image.
			for (let j = i + 2 + len; j + 1 < b.length; j++)
				if (b[j] === 0xff && b[j + 1] === 0xd9)
					return size ? { format: 'jpeg', ...size, complete: true } : cut('jpeg');
			return size ? { format: 'jpeg', ...size, complete: false } : cut('jpeg');
		}
		i += 2 + len;
	}
	return size ? { format: 'jpeg', ...size, complete: false } : cut('jpeg');
}

function webp(b: Uint8Array): HeaderInfo {
	const kind = ascii(b, 12, 4);
	const complete = b.length >= 8 + ((b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0);
	if (kind === 'VP8X' && b.length >= 30)
		return { format: 'webp', w: 1 + u24le(b, 24), h: 1 + u24le(b, 27), complete };
	if (kind === 'VP8L' && b.length >= 25) {
		const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
		return { format: 'webp', w: 1 + (bits & 0x3fff), h: 1 + ((bits >>> 14) & 0x3fff), complete };
	}
	if (kind === 'VP8 ' && b.length >= 30)
		return { format: 'webp', w: u16le(b, 26) & 0x3fff, h: u16le(b, 28) & 0x3fff, complete };
	return cut('webp');
}

const cut = (format: ImageFormat): HeaderInfo => ({ format, w: null, h: null, complete: false });

/** Read the format, pixel size and completeness of an image file from its bytes. */
export function readImageHeader(b: Uint8Array): HeaderInfo {
	if (PNG_SIG.every((x, i) => b[i] === x)) return png(b);
	if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
	if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a'))
		return b.length >= 10
			? { format: 'gif', w: u16le(b, 6), h: u16le(b, 8), complete: b[b.length - 1] === 0x3b }
			: cut('gif');
	if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
	if (b.length >= 2 && ascii(b, 0, 2) === 'BM')
		return b.length >= 26
			? {
					format: 'bmp',
					w: Math.abs(i32le(b, 18)),
					h: Math.abs(i32le(b, 22)),
					complete: b.length >= (u16le(b, 2) | (u16le(b, 4) << 16)) >>> 0
				}
			: cut('bmp');
	return { format: null };
}
