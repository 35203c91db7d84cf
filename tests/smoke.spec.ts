// Generated: every lesson and every embed route loads with no console error, no request leaving
// the origin, and no serious or critical axe violation, in light and dark themes.
import { test, expect, scanAxe, openEmbed } from './fixtures';
import { lessonSlugs, widgetNames } from './site';

test('course page lists the lessons in order', async ({ page, expectClean }) => {
	await page.goto('/');
	const slugs = await page
		.locator('li.lesson')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
	for (const slug of lessonSlugs) expect(slugs).toContain(slug);
	expect(await scanAxe(page)).toEqual([]);
	expectClean();
});

for (const slug of lessonSlugs) {
	test(`lesson ${slug}: loads clean and passes axe`, async ({ page, expectClean }) => {
		test.slow(); // two full-page axe scans of a long lesson take a while on two cores
		await page.goto(`/lessons/${slug}/`);
		await expect(page.locator(`[data-lesson="${slug}"] h1`)).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await scanAxe(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await scanAxe(page)).toEqual([]);
		expectClean();
	});
}

for (const name of widgetNames) {
	test(`embed ${name}: loads clean and passes axe`, async ({ page, expectClean }) => {
		test.slow();
		await openEmbed(page, name);
		await expect(page.locator('.site-header')).toHaveCount(0);
		await page.waitForLoadState('networkidle');
		expect(await scanAxe(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await scanAxe(page)).toEqual([]);
		expectClean();
	});
}
