import { test, expect, readout } from './fixtures';

test('images-as-data lesson: both widgets inline, working, and a quiz at the end', async ({
	page,
	expectClean
}) => {
	await page.goto('/lessons/images-as-data/');
	// The lesson leads with an inspector (issue 14), then the prose has its two.
	await expect(page.locator('[data-widget="pixel-inspector"]')).toHaveCount(3);
	await expect(page.locator('[data-widget="filter-gallery"]')).toHaveCount(1);
	// The second inspector starts on the colour test card split into channels.
	const colour = page.locator('[data-widget="pixel-inspector"]').nth(2);
	await expect(colour.locator('table[data-grid="red"]')).toBeAttached();
	await expect(colour.locator('output[name="row"]')).toHaveAttribute('data-value', '1');
	// The gallery filters the impeller with every preset.
	await expect(page.locator('[data-preset]')).toHaveCount(10);
	expect(await readout(page, 'kernel-sum')).toBe('0');
	await expect(page.getByRole('heading', { name: 'The four kinds of layers of a CNN' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
	await expect(page.locator('body')).not.toContainText('NaN');
	expectClean();
});
