// The linear-model widget (used by the age-of-ai quiz): its readout, its link, its clamping.
import { test, expect, openEmbed, readout } from './fixtures';

test('linear-model: ŷ = w·x + b from the link, Share writes the state back', async ({
	page,
	context,
	expectClean
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'linear-model', 'w=0.5&b=3&x=4');
	expect(await readout(page, 'y-hat')).toBe('5');
	await page.getByLabel('Bias b').fill('-2.5');
	expect(await readout(page, 'y-hat')).toBe('-0.5');
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.locator('[data-share-link]')).toHaveAttribute(
		'href',
		/\/embed\/linear-model\/\?w=0.5&b=-2.5&x=4$/
	);
	expectClean();
});

test('linear-model: out-of-range values are clamped with a message', async ({ page }) => {
	await openEmbed(page, 'linear-model', 'w=20&x=abc');
	await expect(page.getByRole('status').filter({ hasText: '“w”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“x”' })).toBeVisible();
	expect(await readout(page, 'y-hat')).toBe('20');
});
