// Open with a picture and an interaction (issue 14, item 1): on every lesson the first widget
// starts within 1.5 screen heights on a laptop and 2.5 on a phone; the objectives are folded;
// on a phone "On this page" comes right after the title, folded.
import { test, expect } from './fixtures';
import { lessonSlugs } from './site';

const sizes = [
	{ name: 'laptop', viewport: { width: 1280, height: 800 }, screens: 1.5 },
	{ name: 'phone', viewport: { width: 390, height: 844 }, screens: 2.5 }
];

for (const { name, viewport, screens } of sizes) {
	test.describe(name, () => {
		test.use({ viewport });
		for (const slug of lessonSlugs) {
			test(`${slug}: the first widget starts within ${screens} screens`, async ({ page }) => {
				await page.goto(`/lessons/${slug}/`);
				const widget = page.locator('main [data-widget]').first();
				await expect(widget).toBeVisible();
				const top = await widget.evaluate((el) => el.getBoundingClientRect().top + scrollY);
				expect(top).toBeLessThan(viewport.height * screens);
			});
		}
	});
}

test('objectives are folded and open on a click', async ({ page }) => {
	await page.goto('/lessons/convolution/');
	const objectives = page.locator('.objectives li').first();
	await expect(objectives).toBeHidden();
	await page.getByRole('heading', { name: 'In this lesson you will' }).click();
	await expect(objectives).toBeVisible();
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('"On this page" comes after the title, folded', async ({ page }) => {
		await page.goto('/lessons/convolution/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		const h1 = await page.locator('h1').boundingBox();
		const box = await toc.boundingBox();
		expect(box!.y).toBeGreaterThan(h1!.y);
		await expect(toc.getByRole('link').first()).toBeHidden();
		await toc.getByRole('heading', { name: 'On this page' }).click();
		await expect(toc.getByRole('link').first()).toBeVisible();
	});
});

test('on a laptop "On this page" is open beside the lesson', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/lessons/convolution/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.getByRole('link').first()).toBeVisible();
	const box = await toc.boundingBox();
	const article = await page.locator('.prose').boundingBox();
	expect(box!.x).toBeGreaterThan(article!.x + article!.width);
});
