import { test, expect, openEmbed } from './fixtures';

test('lesson page: objectives, table of contents and previous/next', async ({ page, expectClean }) => {
	await page.goto('/lessons/age-of-ai/');
	await expect(page.getByRole('heading', { name: 'In this lesson you will' })).toBeVisible();
	const toc = page.getByRole('navigation', { name: 'On this page' });
	const first = toc.getByRole('link').first();
	const target = (await first.getAttribute('href'))!;
	await expect(page.locator(target)).toHaveCount(1);
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /\/lessons\/environments\/$/);
	expectClean();
});

test('math is typeset at build time, MathML kept, with JavaScript off', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/lessons/age-of-ai/');
	await expect(page.locator('.katex math').first()).toBeAttached();
	await expect(page.locator('.katex-html').first()).toBeVisible();
	await context.close();
});

test('theme toggle overrides the system setting and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByLabel('Theme').selectOption('system');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('embed reads its state from the link, and Share writes it back', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'environments', 'env=venv_2');
	await expect(page.locator('[data-command]')).toHaveText('conda create -n venv_2 python=3.12');
	await expect(page.locator('[data-feature="kernel"]')).toHaveAttribute('data-has', 'false');
	await page.getByLabel('venv_1').check();
	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.locator('[data-share-link]').first().getAttribute('href');
	expect(link).toMatch(/\/embed\/environments\/\?env=venv_1$/);
	await page.goto(link!);
	await expect(page.locator('[data-command]')).toHaveText('conda create -n venv_1');
});

test('a bad parameter is refused with a message naming it; the widget shows its default', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'environments', 'env=venv_9&unknown=1');
	await expect(page.getByRole('status').filter({ hasText: '“env”' })).toBeVisible();
	await expect(page.locator('[data-command]')).toHaveText('conda create -n venv_3 python=3.12 ipykernel');
	expectClean();
});

test('an unknown widget is a 404, not a crash', async ({ page }) => {
	const r = await page.goto('/embed/no-such-widget/');
	expect(r?.status()).toBe(404);
});
