// A minimal PNG writer for the lab's scripts (8-bit RGB, no filter), so they need no image package.
import { deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type), data]);
	let c = ~0;
	for (const b of td) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
	}
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(~c >>> 0);
	return Buffer.concat([len, td, crc]);
}

/** PNG bytes of a W×H RGB image given as rgb[(y*W + x)*3 + c]. */
export function encodePng(rgb: Uint8Array, W: number, H: number): Buffer {
	const raw = Buffer.alloc((W * 3 + 1) * H);
	for (let y = 0; y < H; y++) raw.set(rgb.subarray(y * W * 3, (y + 1) * W * 3), y * (W * 3 + 1) + 1);
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(W, 0);
	ihdr.writeUInt32BE(H, 4);
	ihdr[8] = 8;
	ihdr[9] = 2;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
