import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { datasetZip } from './export';
import { generateDataset, TEST_SEED_OFFSET } from './generate';
import { crc32, encodeGrayPng } from './png';

/** Decode an 8-bit grayscale, unfiltered PNG with Node's own zlib (not the encoder's). */
function decodeGray(png: Uint8Array) {
	const b = Buffer.from(png);
	expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	let at = 8;
	let width = 0,
		height = 0;
	const idat: Buffer[] = [];
	while (at < b.length) {
		const len = b.readUInt32BE(at);
		const type = b.toString('latin1', at + 4, at + 8);
		const data = b.subarray(at + 8, at + 8 + len);
		expect(b.readUInt32BE(at + 8 + len), `${type} CRC`).toBe(crc32(b.subarray(at + 4, at + 8 + len)));
		if (type === 'IHDR') {
			width = data.readUInt32BE(0);
			height = data.readUInt32BE(4);
			expect([...data.subarray(8)]).toEqual([8, 0, 0, 0, 0]);
		}
		if (type === 'IDAT') idat.push(data);
		at += 12 + len;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const pixels = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		expect(raw[y * (width + 1)]).toBe(0);
		pixels.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
	}
	return { width, height, pixels };
}

describe('crc32', () => {
	it('matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('encodeGrayPng', () => {
	it('round-trips through an independent decoder, for non-square sizes too', () => {
		const w = 7,
			h = 3;
		const px = Uint8Array.from({ length: w * h }, (_, i) => (i * 37) % 256);
		const d = decodeGray(encodeGrayPng(px, w, h));
		expect([d.width, d.height]).toEqual([w, h]);
		expect(Array.from(d.pixels)).toEqual(Array.from(px));
	});
});

describe('datasetZip (the Keras layout)', () => {
	it('holds every image, in casting_data/{train,test}/{def_front,ok_front}, pixel for pixel', () => {
		const train = generateDataset({ seed: 5, count: 30, size: 16 });
		const test = generateDataset({ seed: 5 + TEST_SEED_OFFSET, count: 10, size: 16 });
		const files = unzipSync(datasetZip(train, test));
		const names = Object.keys(files);
		expect(names).toHaveLength(40);
		const count = (prefix: string) => names.filter((n) => n.startsWith(prefix)).length;
		const def = (ds: typeof train) => ds.labels.reduce((a, l) => a + l, 0);
		expect(count('casting_data/train/def_front/')).toBe(def(train));
		expect(count('casting_data/train/ok_front/')).toBe(30 - def(train));
		expect(count('casting_data/test/def_front/')).toBe(def(test));
		expect(count('casting_data/test/ok_front/')).toBe(10 - def(test));
		for (let i = 0; i < 10; i++) {
			const name = test.labels[i]
				? `casting_data/test/def_front/cast_def_${i}.png`
				: `casting_data/test/ok_front/cast_ok_${i}.png`;
			const d = decodeGray(files[name]);
			expect(Array.from(d.pixels)).toEqual(Array.from(test.pixels.subarray(i * 256, (i + 1) * 256)));
		}
	});
});
