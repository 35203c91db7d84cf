// The instructor page lists every widget with preset links; every link loads clean, with no
// refused parameter (a preset that stops matching its widget's parameters fails here).
import { test, expect, scanAxe } from './fixtures';
import { widgetNames } from './site';

test('the instructor page lists every widget, reached from the site header', async ({
	page,
	expectClean
}) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Instructors' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'For instructors' })).toBeVisible();
	for (const name of widgetNames)
		await expect(page.locator(`tr[data-instructor-widget="${name}"]`)).toHaveCount(1);
	expect(await scanAxe(page)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await scanAxe(page)).toEqual([]);
	expectClean();
});

test('every preset link on the instructor page loads, with no refused parameter', async ({
	page,
	expectClean
}) => {
	test.slow(); // opens every preset link, one after another (the lab ones start a worker each)
	await page.goto('/instructors/');
	const links = await page
		.locator('a[data-preset], a[data-preset-present]')
		.evaluateAll((as) =>
			as.map((a) => [
				a.getAttribute('data-preset') ?? a.getAttribute('data-preset-present'),
				a.getAttribute('href')
			])
		);
	expect(links.length).toBeGreaterThanOrEqual(widgetNames.length * 2);
	for (const [name, href] of links) {
		await page.goto(href!);
		await expect(page.locator(`[data-embed="${name}"][data-ready="true"]`), href!).toBeAttached();
		await expect(page.locator(`section[data-widget="${name}"]`), href!).toBeVisible();
		await expect(page.locator('.messages'), href!).toHaveCount(0);
		if (href!.includes('present=1'))
			await expect(page.locator(`section[data-widget="${name}"]`)).toHaveAttribute('data-presenting', 'true');
	}
	expectClean();
});

test('the worked presets give the numbers the lessons use', async ({ page }) => {
	await page.goto('/instructors/');
	const hrefs = await page
		.locator('a[data-preset]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	if (widgetNames.includes('confusion-matrix'))
		expect(hrefs).toContain('/embed/confusion-matrix/?tp=1&fp=2&fn=1&tn=96');
	if (widgetNames.includes('gradient-descent')) {
		const diverging = '/embed/gradient-descent/?fn=quadratic&lr=1.1&x0=1&steps=100';
		expect(hrefs).toContain(diverging);
		await page.goto(diverging);
		await expect(page.locator('output[name="status"]')).toHaveAttribute('data-value', 'diverged');
		await page.goto('/instructors/');
	}
	if (widgetNames.includes('convolution'))
		expect(hrefs).toContain(
			'/embed/convolution/?input=1,1,1,0,0;0,1,1,1,0;0,0,1,1,1;0,0,1,1,0;0,1,1,0,0&kernel=1,0,1;0,1,0;1,0,1'
		);
	expect(hrefs).toContain('/embed/environments/?env=venv_2');
});
