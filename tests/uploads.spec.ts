// Bad files wherever a file comes in outside the lab (issue 17): the filter gallery, the pixel
// inspector, the convolution widget and progress import. Every file is made here, at run time.
// Each must get a message naming the file, keep what was loaded before, and leave the page
// responsive (a `1 + 1` from the test answers within a second).
import { crc32 } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openEmbed, grid } from './fixtures';
import { grayPng } from './images-png';

type Upload = { name: string; mimeType: string; buffer: Buffer };

/** A real 1×1 PNG whose header is rewritten to claim w × h (with a correct CRC). */
function claimingPng(w: number, h: number): Buffer {
	const b = Buffer.from(grayPng([[128]]));
	b.writeUInt32BE(w, 16);
	b.writeUInt32BE(h, 20);
	b.writeUInt32BE(crc32(b.subarray(12, 29)), 29);
	return b;
}

/** A JPEG encoded by the browser itself (noise, so it is not tiny). */
async function browserJpeg(page: Page): Promise<Buffer> {
	const url = await page.evaluate(() => {
		const c = document.createElement('canvas');
		c.width = c.height = 64;
		const g = c.getContext('2d')!;
		const img = g.createImageData(64, 64);
		for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 97) % 251;
		g.putImageData(img, 0, 0);
		return c.toDataURL('image/jpeg', 0.9);
	});
	return Buffer.from(url.split(',')[1], 'base64');
}

async function badImages(page: Page): Promise<Upload[]> {
	const jpeg = await browserJpeg(page);
	return [
		{ name: 'huge-claim.png', mimeType: 'image/png', buffer: claimingPng(40000, 40000) },
		{
			name: 'notes.png',
			mimeType: 'image/png',
			buffer: Buffer.from('these are my notes, not a picture\n'.repeat(20))
		},
		{
			name: 'cut-short.jpeg',
			mimeType: 'image/jpeg',
			buffer: jpeg.subarray(0, Math.floor(jpeg.length * 0.6))
		},
		{ name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) }
	];
}

async function responsive(page: Page) {
	const t0 = Date.now();
	expect(await page.evaluate(() => 1 + 1)).toBe(2);
	expect(Date.now() - t0, 'the page answers within a second').toBeLessThan(1000);
}

interface Target {
	widget: string;
	input: (page: Page) => Locator;
	/** Where the widget tells what went wrong. */
	message: (page: Page) => Locator;
	/** What was loaded, to compare before and after a bad file. */
	state: (page: Page) => Promise<unknown>;
}

const picture = [
	[0, 60, 120, 180, 240],
	[10, 70, 130, 190, 250],
	[20, 80, 140, 200, 255]
];

const targets: Target[] = [
	{
		widget: 'pixel-inspector',
		input: (p) => p.getByLabel('Use your own picture'),
		message: (p) => p.getByRole('alert'),
		state: (p) => grid(p, 'pixels')
	},
	{
		widget: 'filter-gallery',
		input: (p) => p.getByLabel('Use your own picture'),
		message: (p) => p.getByRole('alert'),
		// both sizes in one read, so a read never catches one updated and the other not
		state: (p) =>
			p.evaluate(() =>
				['width', 'height'].map((n) =>
					document.querySelector(`output[name="${n}"]`)?.getAttribute('data-value')
				)
			)
	},
	{
		widget: 'convolution',
		input: (p) => p.locator('[data-control="upload"]'),
		message: (p) => p.locator('[data-message="input"]'),
		state: (p) => grid(p, 'input')
	}
];

for (const target of targets) {
	test(`${target.widget}: bad picture files are named, refused, and the loaded picture kept`, async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, target.widget);
		const initial = await target.state(page);
		const good = { name: 'good.png', mimeType: 'image/png', buffer: grayPng(picture) };
		await target.input(page).setInputFiles(good);
		// wait until the good picture is in (the default one was there before it)
		await expect.poll(() => target.state(page)).not.toEqual(initial);
		// the filter gallery may still be drawing its default picture first: wait for the good one's size
		if (target.widget === 'filter-gallery')
			await expect
				.poll(() => target.state(page))
				.toEqual([String(picture[0].length), String(picture.length)]);
		const before = await target.state(page);
		const files = await badImages(page);
		for (const file of files) {
			await target.input(page).setInputFiles(file);
			await expect(target.message(page), file.name).toContainText(`“${file.name}”`);
			expect(await target.state(page), `${file.name}: the loaded picture is kept`).toEqual(before);
			await responsive(page);
		}
		// A browser-made JPEG, whole, is accepted: the checks refuse only what is wrong.
		const jpeg = await browserJpeg(page);
		await target.input(page).setInputFiles({ name: 'whole.jpeg', mimeType: 'image/jpeg', buffer: jpeg });
		await expect.poll(() => target.state(page)).not.toEqual(before);
		expectClean();
	});
}

test('progress import: __proto__ keys and 10 MB of junk are refused by name; progress kept', async ({
	page,
	expectClean
}) => {
	const saved = {
		app: 'cnn-inspection-lab-progress',
		version: 2,
		lessons: { environments: { visited: true, best: 4, total: 4, completed: true } }
	};
	await page.addInitScript((v) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('cnn-lab-progress', v);
			sessionStorage.setItem('seeded', '1');
		}
	}, JSON.stringify(saved));
	await page.goto('/');
	const done = page.locator('output[name="lessons-completed"]');
	await expect(done).toHaveAttribute('data-value', '1');
	const files: Upload[] = [
		{
			name: 'proto.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				`{"app":"cnn-inspection-lab-progress","version":2,"__proto__":{"polluted":1},"lessons":{"__proto__":{"visited":true,"best":1,"total":1,"completed":true}}}`
			)
		},
		{
			name: 'junk.json',
			mimeType: 'application/json',
			buffer: Buffer.from(Array.from({ length: 10 * 1024 * 1024 }, (_, i) => (i * 7919) % 256))
		}
	];
	for (const file of files) {
		await page.getByLabel('Import progress').setInputFiles(file);
		await expect(page.getByText(`Could not import “${file.name}”`)).toBeVisible();
		await expect(done).toHaveAttribute('data-value', '1');
		expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
		await responsive(page);
	}
	const kept = JSON.parse((await page.evaluate(() => localStorage.getItem('cnn-lab-progress')))!);
	expect(kept.lessons.environments).toEqual(saved.lessons.environments);
	expectClean();
});
