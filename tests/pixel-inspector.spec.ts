import { test, expect, openEmbed, readout, grid } from './fixtures';
import { grayPng, png } from './images-png';

const values = [
	[0, 50, 100, 150],
	[200, 255, 10, 20],
	[30, 40, 60, 70]
];

async function ready(page: import('@playwright/test').Page) {
	await expect(page.locator('output[name="height"]')).toBeAttached();
}

test('an uploaded gray picture is shown as exactly its number grid', async ({ page, expectClean }) => {
	await openEmbed(page, 'pixel-inspector');
	await ready(page);
	await page.getByLabel('Use your own picture').setInputFiles({
		name: 'grid.png',
		mimeType: 'image/png',
		buffer: grayPng(values)
	});
	await expect(page.getByText('Loaded grid.png: 4 × 3 pixels')).toBeVisible();
	expect(await grid(page, 'pixels')).toEqual(values);
	expect(await readout(page, 'height')).toBe('3');
	expect(await readout(page, 'width')).toBe('4');
	expect(await readout(page, 'channel-count')).toBe('1');
	expectClean();
});

test('arrow keys and hovering select a pixel and show its value', async ({ page }) => {
	await openEmbed(page, 'pixel-inspector', 'row=0&col=0');
	await ready(page);
	await page.getByLabel('Use your own picture').setInputFiles({
		name: 'grid.png',
		mimeType: 'image/png',
		buffer: grayPng(values)
	});
	await expect(page.locator('table[data-grid="pixels"] td')).toHaveCount(12);
	const view = page.getByRole('application');
	await view.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	expect(await readout(page, 'row')).toBe('1');
	expect(await readout(page, 'col')).toBe('1');
	expect(await readout(page, 'value')).toBe('255');
	await page.keyboard.press('End');
	expect(await readout(page, 'col')).toBe('3');
	expect(await readout(page, 'value')).toBe('20');
	// Moving past the edge stays on the edge.
	await page.keyboard.press('ArrowRight');
	expect(await readout(page, 'col')).toBe('3');
	await page.locator('table[data-grid="pixels"] td[data-row="2"][data-col="0"]').hover();
	expect(await readout(page, 'row')).toBe('2');
	expect(await readout(page, 'value')).toBe('30');
	// Hovering the picture itself: the bottom-right pixel.
	const box = (await page.locator('.stage').first().boundingBox())!;
	await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
	expect(await readout(page, 'row')).toBe('2');
	expect(await readout(page, 'col')).toBe('3');
	expect(await readout(page, 'value')).toBe('70');
});

test('a colour picture splits into R, G and B; gray is 0.299R + 0.587G + 0.114B', async ({ page }) => {
	await openEmbed(page, 'pixel-inspector', 'channels=rgb&row=0&col=1');
	await ready(page);
	await page.getByLabel('Use your own picture').setInputFiles({
		name: 'colour.png',
		mimeType: 'image/png',
		buffer: png([
			[
				[255, 0, 0],
				[200, 100, 50]
			]
		])
	});
	await expect(page.locator('table[data-grid="red"] td')).toHaveCount(2);
	expect(await grid(page, 'red')).toEqual([[255, 200]]);
	expect(await grid(page, 'green')).toEqual([[0, 100]]);
	expect(await grid(page, 'blue')).toEqual([[0, 50]]);
	expect(await readout(page, 'channel-count')).toBe('3');
	expect(await readout(page, 'red')).toBe('200');
	expect(await readout(page, 'green')).toBe('100');
	expect(await readout(page, 'blue')).toBe('50');
	// 0.299·200 + 0.587·100 + 0.114·50 = 124.2 → 124
	expect(await readout(page, 'value')).toBe('124');
	await page.getByLabel('Grayscale (1 channel)').check();
	expect(await grid(page, 'pixels')).toEqual([[76, 124]]); // 0.299·255 = 76.245
});

test('a file that is not an image is refused and the picture kept', async ({ page, expectClean }) => {
	await openEmbed(page, 'pixel-inspector', 'size=8');
	await ready(page);
	const before = await grid(page, 'pixels');
	await page.getByLabel('Use your own picture').setInputFiles({
		name: 'notes.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('hello')
	});
	await expect(page.getByRole('alert')).toContainText('“notes.txt” is not an image file');
	await page.getByLabel('Use your own picture').setInputFiles({
		name: 'broken.png',
		mimeType: 'image/png',
		buffer: Buffer.from('not really a png')
	});
	await expect(page.getByRole('alert')).toContainText('could not be read as an image');
	expect(await grid(page, 'pixels')).toEqual(before);
	expectClean();
});

test('link parameters: size, channels, clamped row/col, and Share writes them back', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'pixel-inspector', 'image=shapes&channels=rgb&size=10&row=40&col=3&zoom=99');
	await ready(page);
	await expect(page.getByText('Parameter “zoom”: 99 is outside 4…40; using 40.')).toBeVisible();
	await expect(page.getByText('row 40 is outside this 10 × 10 picture; using 9.')).toBeVisible();
	expect(await readout(page, 'row')).toBe('9');
	expect(await readout(page, 'col')).toBe('3');
	expect(await grid(page, 'red')).toHaveLength(10);
	const v = (await grid(page, 'green'))[9][3];
	expect(await readout(page, 'green')).toBe(String(v));
	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.locator('[data-share-link]').first().getAttribute('href');
	expect(link).toMatch(/\/embed\/pixel-inspector\/\?image=shapes&channels=rgb&size=10&zoom=40&row=9&col=3$/);
});

test('a bad parameter is refused with a message naming it', async ({ page, expectClean }) => {
	await openEmbed(page, 'pixel-inspector', 'image=cat&size=abc');
	await expect(page.getByText('Parameter “image”')).toBeVisible();
	await expect(page.getByText('Parameter “size”')).toBeVisible();
	await ready(page);
	expect(await readout(page, 'width')).toBe('16');
	expectClean();
});

test('grid size from the slider or the number box; a typed non-number is refused', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'pixel-inspector', 'image=shapes');
	await ready(page);
	const box = page.getByLabel('Grid size (pixels on the longest side) (exact value)');
	await box.fill('8');
	await box.press('Enter');
	expect(await readout(page, 'width')).toBe('8');
	expect(await grid(page, 'pixels')).toHaveLength(8);
	await box.fill('lots');
	await box.press('Enter');
	await expect(page.getByText('“lots” is not a number; keeping the last value.')).toBeVisible();
	expect(await readout(page, 'width')).toBe('8');
	await page.getByRole('slider', { name: 'Grid size (pixels on the longest side)' }).focus();
	await page.keyboard.press('ArrowRight');
	expect(await readout(page, 'width')).toBe('9');
	expectClean();
});
