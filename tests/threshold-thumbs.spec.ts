// Issue 14, item 3: the threshold widget's lists of parts show each part's casting (the lab's
// generator, seeded by the set and the part), small, lazily drawn, with alt text naming the part
// and its score; a link's own scores, which have no pictures, stay text.
import { test, expect, openEmbed, scanAxe } from './fixtures';
import type { Page } from '@playwright/test';

const thumbURL = (page: Page, id: string) =>
	page.locator(`[data-examples] li[data-id="${id}"] img`).getAttribute('src');

test('missed defects and false alarms come with their castings', async ({ page, expectClean }) => {
	await openEmbed(page, 'threshold', 'set=castings&threshold=0.5');
	await page.getByRole('button', { name: /examples in FN/ }).click();
	const items = page.locator('[data-examples="fn"] li');
	const n = await items.count();
	expect(n).toBeGreaterThan(3);
	for (let i = 0; i < n; i++) {
		const li = items.nth(i);
		const img = li.locator('img');
		await img.scrollIntoViewIfNeeded();
		await expect(img).toHaveAttribute('alt', /^Picture of part #\d+: score [\d.]+, actually defective$/);
		const text = await li.textContent();
		const alt = (await img.getAttribute('alt'))!;
		// the alt text names the same part and score as the line beside it
		expect(text).toContain(alt.replace('Picture of part', 'Part'));
		const box = (await img.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(48);
		expect(box.height).toBeLessThanOrEqual(48);
		expect(await img.evaluate((e: HTMLImageElement) => e.naturalWidth)).toBe(96);
		// every missed part is defective: its picture rings its defect(s)
		expect(await li.locator('[data-defect-ring]').count()).toBeGreaterThan(0);
	}
	// False alarms are OK parts: no ring.
	await page.getByRole('button', { name: /examples in FP/ }).click();
	const fp = page.locator('[data-examples="fp"] li');
	await expect(fp.first().locator('img')).toHaveAttribute('alt', /actually OK$/);
	await expect(page.locator('[data-examples="fp"] [data-defect-ring]')).toHaveCount(0);
	expect(await scanAxe(page)).toEqual([]);
	expectClean();
});

test('the same part is drawn the same every time, and different parts differently', async ({ page }) => {
	await openEmbed(page, 'threshold', 'set=castings&threshold=0.5');
	await page.getByRole('button', { name: /examples in FN/ }).click();
	const ids = await page
		.locator('[data-examples="fn"] li')
		.evaluateAll((els) => els.map((e) => e.dataset.id!));
	await expect(page.locator(`[data-examples] li[data-id="${ids[0]}"] img`)).toBeVisible();
	await expect(page.locator(`[data-examples] li[data-id="${ids[1]}"] img`)).toBeVisible();
	const first = await thumbURL(page, ids[0]);
	const second = await thumbURL(page, ids[1]);
	expect(first).not.toBe(second);
	await openEmbed(page, 'threshold', 'set=castings&threshold=0.5');
	await page.getByRole('button', { name: /examples in FN/ }).click();
	await expect(page.locator(`[data-examples] li[data-id="${ids[0]}"] img`)).toBeVisible();
	expect(await thumbURL(page, ids[0])).toBe(first);
});

test('pictures are drawn only as they scroll near', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openEmbed(page, 'threshold', 'set=castings&threshold=0.5');
	// True negatives: the longest list, running far below the screen on a phone.
	await page.getByRole('button', { name: /examples in TN/ }).click();
	const items = page.locator('[data-examples="tn"] li');
	await expect(items.first().locator('img')).toBeVisible();
	const last = items.last();
	await expect(last.locator('[data-thumb]')).toHaveCount(1);
	await expect(last.locator('img')).toHaveCount(0);
	await last.scrollIntoViewIfNeeded();
	await expect(last.locator('img')).toBeVisible();
});

test('a link’s own scores have no pictures: their parts stay text', async ({ page }) => {
	await openEmbed(page, 'threshold', 'scores=0.1,0.3,0.5,0.7,0.9&labels=0,1,1,0,1&threshold=0.6');
	await page.getByRole('button', { name: /examples in FN/ }).click();
	await expect(page.locator('[data-examples="fn"] li')).toHaveCount(2);
	await expect(page.locator('[data-examples] [data-thumb]')).toHaveCount(0);
});

test('in Indonesian the alt text is Indonesian, with a decimal comma', async ({ page }) => {
	await page.goto('/id/embed/threshold/?set=castings&threshold=0.5');
	await expect(page.locator('[data-embed="threshold"][data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: /FN/ }).first().click();
	await expect(page.locator('[data-examples="fn"] li img').first()).toHaveAttribute(
		'alt',
		/^Gambar komponen #\d+: skor 0,\d+, sebenarnya cacat$/
	);
});
