// Present mode (button, P shortcut, Esc, present=1) and Share's iframe snippet.
import { test, expect, openEmbed, scanAxe } from './fixtures';
import { existsSync, readdirSync } from 'node:fs';

test('Present button shows the widget alone and large; Esc leaves', async ({ page, expectClean }) => {
	await page.goto('/lessons/environments/');
	const widget = page.locator('section[data-widget="environments"]').first();
	const before = await widget
		.locator('.widget-title')
		.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
	await widget.getByRole('button', { name: 'Present' }).click();
	await expect(widget).toHaveAttribute('data-presenting', 'true');
	const box = await widget.boundingBox();
	const view = page.viewportSize()!;
	expect(box!.width).toBeGreaterThanOrEqual(view.width - 1);
	expect(box!.height).toBeGreaterThanOrEqual(view.height - 1);
	const during = await widget
		.locator('.widget-title')
		.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
	expect(during).toBeGreaterThan(before * 1.5);
	await expect(widget.getByRole('button', { name: 'Stop presenting' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	expect(await scanAxe(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(widget).toHaveAttribute('data-presenting', 'false');
	await expect(widget.getByRole('button', { name: 'Present' })).toBeFocused();
	await expect(page.locator('html')).not.toHaveClass(/presenting/);
	expectClean();
});

test('P toggles present mode while the widget has focus, not while typing', async ({ page }) => {
	await page.goto('/lessons/environments/');
	const widget = page.locator('section[data-widget="environments"]').first();
	await widget.getByRole('button', { name: 'Share' }).focus();
	await page.keyboard.press('p');
	await expect(widget).toHaveAttribute('data-presenting', 'true');
	await page.keyboard.press('p');
	await expect(widget).toHaveAttribute('data-presenting', 'false');
	// Typing a "p" in a quiz answer field does not present anything.
	const field = page.locator('form[data-quiz] input[type="text"]').first();
	if ((await field.count()) > 0) {
		await field.fill('');
		await field.press('p');
		await expect(page.locator('[data-presenting="true"]')).toHaveCount(0);
	}
});

test('present=1 in an embed link opens it presenting, in both themes readable', async ({
	page,
	expectClean
}) => {
	// The page behind is hidden while presenting: wait for the embed to be ready, not visible.
	await page.goto('/embed/environments/?env=venv_2&present=1');
	await expect(page.locator('[data-embed="environments"][data-ready="true"]')).toBeAttached();
	const widget = page.locator('section[data-widget="environments"]');
	await expect(widget).toHaveAttribute('data-presenting', 'true');
	await expect(page.locator('[data-command]')).toHaveText('conda create -n venv_2 python=3.12');
	await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
	expect(await scanAxe(page)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await scanAxe(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(widget).toHaveAttribute('data-presenting', 'false');
	expectClean();
});

test('Share gives the link and an iframe snippet for it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'environments', 'env=venv_1');
	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.locator('[data-share-link]').getAttribute('href');
	expect(link).toMatch(/\/embed\/environments\/\?env=venv_1$/);
	await page.getByText('Embed in a page (iframe)').click();
	const snippet = await page.locator('[data-share-iframe]').inputValue();
	expect(snippet).toContain(`<iframe src="${link}"`);
	expect(snippet).toContain('title="');
	await page.getByRole('button', { name: 'Copy snippet' }).click();
	await expect(page.getByText('Snippet copied.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});

test('a lesson prints as a handout: no controls, figures kept', async ({ page }) => {
	await page.goto('/lessons/environments/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('section[data-widget="environments"]').first()).toBeVisible();
	await expect(page.locator('section[data-widget="environments"] table').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Share' }).first()).toBeHidden();
	await expect(page.getByRole('button', { name: 'Check answers' })).toBeHidden();
	await expect(page.locator('.toc')).toBeHidden();
});

// Present layout (issue 14): every widget's main visual (`data-figure`) is whole on a 1024×768
// screen without scrolling, and the text drawn inside it is at least 24 px.
// The training lab's figure is its Train card (button, epoch, accuracies, time left, curves),
// which is there before any training.
const WIDGETS = readdirSync('src/lib/widgets').filter((n) => existsSync(`src/lib/widgets/${n}/index.ts`));

for (const name of WIDGETS) {
	test(`Present at 1024×768: the ${name} figure is on screen, its text ≥ 24 px`, async ({
		page,
		expectClean
	}) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto(`/embed/${name}/?present=1`);
		await expect(page.locator(`[data-embed="${name}"][data-ready="true"]`)).toBeAttached();
		const widget = page.locator(`section[data-widget="${name}"]`);
		await expect(widget).toHaveAttribute('data-presenting', 'true');
		const figure = widget.locator('[data-figure]').first();
		await expect(figure).toBeVisible();
		// Text sizes are raised on the next animation frame (src/lib/ui/legible-text.ts).
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		const m = await figure.evaluate((el) => {
			const r = el.getBoundingClientRect();
			// The size drawn on screen: the font size times the drawing's real scale (the text's box on
			// screen over its box in user units), which counts viewBox scaling and CSS zoom alike.
			const sizes = [...el.querySelectorAll<SVGTextElement>('text')]
				.filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '')
				.map((t) => {
					const box = t.getBBox();
					const scale = box.height > 0 ? t.getBoundingClientRect().height / box.height : 0;
					return parseFloat(getComputedStyle(t).fontSize) * scale;
				});
			const scroller = el.closest('.widget') as HTMLElement;
			return {
				top: r.top,
				bottom: r.bottom,
				left: r.left,
				right: r.right,
				scrolled: scroller.scrollTop,
				smallest: sizes.length ? Math.min(...sizes) : null
			};
		});
		console.log(
			`present ${name}: top ${m.top.toFixed(0)} bottom ${m.bottom.toFixed(0)} text ${m.smallest?.toFixed(1)}`
		);
		expect(m.scrolled, 'the widget opens unscrolled').toBe(0);
		expect(m.top, 'figure top').toBeGreaterThanOrEqual(0);
		expect(m.left, 'figure left').toBeGreaterThanOrEqual(0);
		expect(m.bottom, 'figure bottom').toBeLessThanOrEqual(768);
		expect(m.right, 'figure right').toBeLessThanOrEqual(1024);
		if (m.smallest !== null) expect(m.smallest, 'smallest SVG text (px)').toBeGreaterThanOrEqual(23.9);
		expectClean();
	});
}
