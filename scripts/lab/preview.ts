// Writes a PNG grid of generated parts (for looking at the generator): npx vite-node scripts/lab/preview.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { generateDataset } from '../../src/lib/lab/dataset/generate';

const size = Number(process.env.SIZE ?? 64),
	cols = 8,
	rows = 6;
const d = generateDataset({ seed: Number(process.env.SEED ?? 1), count: cols * rows, size });
const W = cols * (size + 2),
	H = rows * (size + 2);
const raw = Buffer.alloc((W * 3 + 1) * H);
for (let i = 0; i < d.count; i++) {
	const ox = (i % cols) * (size + 2),
		oy = Math.floor(i / cols) * (size + 2);
	for (let y = 0; y < size + 2; y++)
		for (let x = 0; x < size + 2; x++) {
			const inside = x > 0 && y > 0 && x <= size && y <= size;
			const v = inside ? d.pixels[i * size * size + (y - 1) * size + (x - 1)] : 0;
			const o = (oy + y) * (W * 3 + 1) + 1 + (ox + x) * 3;
			raw[o] = inside ? v : d.labels[i] ? 255 : 0;
			raw[o + 1] = inside ? v : d.labels[i] ? 0 : 200;
			raw[o + 2] = inside ? v : 0;
		}
}
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
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr[8] = 8;
ihdr[9] = 2;
writeFileSync(
	process.env.OUT ?? '/tmp/parts.png',
	Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	])
);
console.log('labels', Array.from(d.labels).join(''));
