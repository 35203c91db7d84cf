import { test, expect, openEmbed } from './fixtures';

async function pictures(page: import('@playwright/test').Page) {
	return page
		.locator('[data-widget="augmentation"] canvas')
		.evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).toDataURL()));
}

test('with every range at 0 each draw equals the original; with ranges they differ', async ({
	page,
	expectClean
}) => {
	await openEmbed(
		page,
		'augmentation',
		'image=crack&flip=none&rotate=0&shift-x=0&shift-y=0&zoom=0&shear=0&seed=2'
	);
	const same = await pictures(page);
	expect(same).toHaveLength(9);
	expect(new Set(same).size).toBe(1);
	await openEmbed(page, 'augmentation', 'image=crack&flip=hv&rotate=90&shift-x=0.2&seed=2');
	const varied = await pictures(page);
	expect(new Set(varied).size).toBeGreaterThan(5);
	expectClean();
});

test('the same seed gives the same draws; Share keeps the state', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'augmentation', 'rotate=45&seed=7');
	const a = await pictures(page);
	await openEmbed(page, 'augmentation', 'rotate=45&seed=7');
	expect(await pictures(page)).toEqual(a);
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.locator('[data-share-link]').first()).toHaveAttribute('href', /rotate=45/);
});

test('out-of-range parameters are clamped with a message', async ({ page }) => {
	await openEmbed(page, 'augmentation', 'rotate=400&zoom=abc');
	await expect(page.getByRole('status').filter({ hasText: '“rotate”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“zoom”' })).toBeVisible();
});

test('each draw lists what it applied and how much of the picture is left; big shifts are marked', async ({
	page
}) => {
	await openEmbed(
		page,
		'augmentation',
		'image=crack&flip=none&rotate=0&shift-x=0&shift-y=0&zoom=0&shear=0&seed=2'
	);
	const figures = page.locator('[data-widget="augmentation"] figcaption');
	await expect(figures.nth(1)).toContainText('unchanged');
	expect(await page.locator('output[name="in-frame-1"]').getAttribute('data-value')).toBe('1');
	await openEmbed(
		page,
		'augmentation',
		'image=crack&flip=none&rotate=0&shift-x=0.5&shift-y=0.5&zoom=0&shear=0&seed=2'
	);
	const shares: number[] = [];
	for (let i = 1; i <= 8; i++)
		shares.push(Number(await page.locator(`output[name="in-frame-${i}"]`).getAttribute('data-value')));
	// shifts of up to half the picture leave part of it out, and those draws say so
	expect(Math.min(...shares)).toBeLessThan(0.9);
	await expect(page.locator('output.low').first()).toContainText('the defect may be gone');
	await expect(figures.nth(1)).toContainText('shift');
});
