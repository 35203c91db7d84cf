// The course page opens with a picture and an interaction (issue 14, item 1): a casting with a
// kernel you drag and its feature map beside it; lesson cards with thumbnails; a compact progress
// line with export and import folded away.
import { test, expect, scanAxe } from './fixtures';
import type { Page } from '@playwright/test';

/** The nine products shown, summed here: value × weight. */
async function shownSum(page: Page) {
	const cells = await page.locator('[data-hero] .products td').allInnerTexts();
	expect(cells).toHaveLength(9);
	return cells.reduce((s, c) => {
		const [v, w] = c.split('×').map((x) => Number(x.replace('−', '-')));
		return s + v * w;
	}, 0);
}

test('the hero: dragging and arrow keys move the window, and the sum shown is the products’ sum', async ({
	page,
	expectClean
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const hero = page.locator('[data-hero]');
	await expect(hero).toBeVisible();
	// Reduced motion: no scan plays by itself.
	await expect(hero.getByRole('button', { name: 'Play the scan' })).toHaveAttribute('aria-pressed', 'false');
	const box = (await hero.getByRole('application').boundingBox())!;
	expect(box.y + box.height).toBeLessThan(800 * 1.2); // on the first screen, or nearly
	const value = hero.locator('output[name="hero-value"]');
	const before = await value.getAttribute('data-value');
	await page.mouse.click(box.x + box.width * 0.21, box.y + box.height * 0.5);
	const after = await value.getAttribute('data-value');
	expect(after).not.toBe(before);
	expect(Math.round(await shownSum(page))).toBe(Math.round(Number(after)));
	await hero.getByRole('application').press('ArrowRight');
	await expect(hero.getByRole('application')).toHaveAttribute('aria-label', /column 10/);
	await hero.getByRole('button', { name: 'Sobel x' }).click();
	expect(Math.round(await shownSum(page))).toBe(Math.round(Number(await value.getAttribute('data-value'))));
	expect(await scanAxe(page)).toEqual([]);
	expectClean();
});

test('the hero plays a scan when motion is allowed, and Pause stops it', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	const hero = page.locator('[data-hero]');
	const pause = hero.getByRole('button', { name: 'Pause the scan' });
	await expect(pause).toHaveAttribute('aria-pressed', 'true');
	await pause.click();
	const label = await hero.getByRole('application').getAttribute('aria-label');
	await page.waitForTimeout(300);
	expect(await hero.getByRole('application').getAttribute('aria-label')).toBe(label);
});

test('lesson cards have thumbnails; progress is one line with export tucked away', async ({ page }) => {
	await page.goto('/');
	const cards = page.locator('.lessons .lesson');
	expect(await cards.count()).toBeGreaterThan(5);
	for (const card of await cards.all()) await expect(card.locator('svg[data-thumb]')).toBeVisible();
	await expect(page.locator('output[name="lessons-completed"]')).toBeVisible();
	const exportButton = page.getByRole('button', { name: 'Export progress' });
	await expect(exportButton).toBeHidden();
	await page.getByText('Save or move your progress').click();
	await expect(exportButton).toBeVisible();
});
