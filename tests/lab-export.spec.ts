// The built-in data set downloads as a .zip in the public casting data set's layout (issue 12.7):
// unzipped here, its folders hold the lab's counts, and its PNGs are the generator's images,
// decoded with Node's own zlib.
import { test, expect, openEmbed, readout } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { generateImage, TEST_SEED_OFFSET, testCountFor } from '../src/lib/lab/dataset/generate';
import { toBytes } from '../src/lib/lab/dataset/pixels';
import { writeFolder } from './lab-png';

function decodeGrayPng(png: Uint8Array) {
	const b = Buffer.from(png);
	expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	let at = 8,
		width = 0,
		height = 0;
	const idat: Buffer[] = [];
	while (at < b.length) {
		const len = b.readUInt32BE(at);
		const type = b.toString('latin1', at + 4, at + 8);
		if (type === 'IHDR') {
			width = b.readUInt32BE(at + 8);
			height = b.readUInt32BE(at + 12);
			expect(b[at + 16], 'bit depth').toBe(8);
			expect(b[at + 17], 'grayscale').toBe(0);
		}
		if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
		at += 12 + len;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const pixels: number[] = [];
	for (let y = 0; y < height; y++) pixels.push(...raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)));
	return { width, height, pixels };
}

test('the built-in castings download as casting_data/{train,test}/{def_front,ok_front}/*.png', async ({
	page,
	expectClean
}) => {
	const seed = 3,
		size = 24,
		count = 80;
	await openEmbed(page, 'training-lab', `seed=${seed}&size=${size}&count=${count}`);
	await expect(page.locator('[data-dataset="built-in"]')).toBeVisible({ timeout: 60_000 });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download these images (.zip, Keras layout)' }).click();
	const d = await download;
	expect(d.suggestedFilename()).toBe('casting_data.zip');
	const path = join(writeFolder([]), 'casting_data.zip');
	await d.saveAs(path);
	const files = unzipSync(new Uint8Array(readFileSync(path)));
	const names = Object.keys(files);

	const testCount = testCountFor(count);
	expect(Number(await readout(page, 'train-count'))).toBe(count);
	expect(Number(await readout(page, 'test-count'))).toBe(testCount);
	expect(names).toHaveLength(count + testCount);
	for (const [split, s, n] of [
		['train', seed, count],
		['test', seed + TEST_SEED_OFFSET, testCount]
	] as const) {
		const labels = Array.from({ length: n }, (_, i) => generateImage(s, i, size).label);
		const def = labels.filter((l) => l === 1).length;
		expect(names.filter((x) => x.startsWith(`casting_data/${split}/def_front/`))).toHaveLength(def);
		expect(names.filter((x) => x.startsWith(`casting_data/${split}/ok_front/`))).toHaveLength(n - def);
		// a few images, pixel for pixel
		for (const i of [0, 1, n - 1]) {
			const name = labels[i]
				? `casting_data/${split}/def_front/cast_def_${i}.png`
				: `casting_data/${split}/ok_front/cast_ok_${i}.png`;
			const png = decodeGrayPng(files[name]);
			expect([png.width, png.height]).toEqual([size, size]);
			expect(png.pixels).toEqual(Array.from(toBytes(generateImage(s, i, size).pixels)));
		}
	}
	// every entry is a PNG
	for (const n of names) expect(Buffer.from(files[n].subarray(0, 4)).toString('hex'), n).toBe('89504e47');
	expectClean();
});
