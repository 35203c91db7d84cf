// Generated: every page and embed also exists under /id/, in Indonesian. Each loads clean and
// passes axe (light, then dark on a phone), says lang="id", links its English twin both ways
// (hreflang and the switch), and shows no English interface string.
import { test, expect, scanAxe } from './fixtures';
import type { Page } from '@playwright/test';
import { lessonSlugs, widgetNames } from './site';
import { en } from '../src/lib/i18n/en/index';
import { id } from '../src/lib/i18n/id/index';

// English interface text that must not appear on an Indonesian page: each catalogue value that
// differs from its Indonesian one, cut at its placeholders, fragments of 12 characters or more.
const english: string[] = [
	...new Set(
		Object.entries(en as Record<string, string>)
			.filter(([k, v]) => v !== (id as Record<string, string>)[k])
			.flatMap(([, v]) => v.split(/\{[^}]*\}(?:\})?/).map((s) => s.trim()))
			.filter(
				(s) => s.length >= 12 && !Object.values(id as Record<string, string>).some((i) => i.includes(s))
			)
	)
];

async function englishShown(page: Page): Promise<string[]> {
	// Text marked as English (a lesson not translated yet, with a notice saying so) and code are exempt.
	const text = await page.evaluate(() => {
		const clone = document.body.cloneNode(true) as HTMLElement;
		clone.querySelectorAll('[lang="en"], pre, code, script, style').forEach((e) => e.remove());
		const attrs = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')]
			.filter((e) => !e.closest('[lang="en"]'))
			.flatMap((e) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
		return `${clone.innerText}\n${attrs.join('\n')}\n${document.title}`;
	});
	return english.filter((s) => text.includes(s));
}

async function checkTwin(page: Page, path: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
		'href',
		new RegExp(`${path.replace(/\//g, '\\/')}$`)
	);
	await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute(
		'href',
		new RegExp(`/id${path.replace(/\//g, '\\/')}$`)
	);
	const sw = page.locator('a[data-lang-switch="en"]');
	await expect(sw).toHaveCount(1);
	await expect(sw).toHaveAttribute('href', new RegExp(`^[^?#]*${path.replace(/\//g, '\\/')}(\\?|#|$)`));
	expect(await sw.getAttribute('href')).not.toContain('/id/');
}

const pages = [
	{ name: 'course page', path: '/', ready: 'li.lesson' },
	{ name: 'instructors page', path: '/instructors/', ready: 'h1' },
	...lessonSlugs.map((slug) => ({
		name: `lesson ${slug}`,
		path: `/lessons/${slug}/`,
		ready: `[data-lesson="${slug}"] h1`
	})),
	...widgetNames.map((w) => ({
		name: `embed ${w}`,
		path: `/embed/${w}/`,
		ready: `[data-embed="${w}"][data-ready="true"]`
	}))
];

// Known gaps, expected to fail until fixed (a pass turns the test red, so the list stays true).
// Empty since lesson 8's Indonesian edition gave the pooling lesson an Indonesian title (its English
// title equalled an interface string, which the instructors page's SCORM labels could not mark).
const KNOWN_ENGLISH: Record<string, string> = {};

for (const p of pages) {
	test(`/id${p.path} (${p.name}): Indonesian, linked to its English twin, clean and axe-clean`, async ({
		page,
		expectClean
	}) => {
		test.fail(p.path in KNOWN_ENGLISH, KNOWN_ENGLISH[p.path]);
		test.slow();
		await page.goto(`/id${p.path}`);
		await expect(page.locator(p.ready).first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		await checkTwin(page, p.path);
		expect(await englishShown(page)).toEqual([]);
		expect(await scanAxe(page)).toEqual([]);
		await page.setViewportSize({ width: 375, height: 800 });
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await scanAxe(page)).toEqual([]);
		expectClean();
	});
}

test('the English pages link their Indonesian twins, and the switch keeps the path', async ({ page }) => {
	await page.goto('/lessons/convolution/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.locator('a[data-lang-switch="id"]').click();
	await expect(page).toHaveURL(/\/id\/lessons\/convolution\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.locator('.site-header')).toContainText('Kursus');
});

test('the switch on an embed keeps the widget state', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/id/embed/gradient-descent/?fn=quadratic&lr=1.1&x0=1&steps=100');
	await expect(page.locator('[data-embed="gradient-descent"][data-ready="true"]')).toBeVisible();
	const status = await page.locator('output[name="status"]').first().getAttribute('data-value');
	await page.locator('a[data-lang-switch="en"]').click();
	await expect(page).toHaveURL(/\/embed\/gradient-descent\/\?/);
	expect(page.url()).not.toContain('/id/');
	await expect(page.locator('[data-embed="gradient-descent"][data-ready="true"]')).toBeVisible();
	expect(await page.locator('output[name="status"]').first().getAttribute('data-value')).toBe(status);
	expect(new URL(page.url()).searchParams.get('lr')).toBe('1.1');
});

test('Indonesian pages write decimals with a comma; data-value stays as JavaScript prints it', async ({
	page
}) => {
	await page.goto('/id/embed/confusion-matrix/?tp=1&fp=2&fn=1&tn=96');
	await expect(page.locator('[data-embed="confusion-matrix"][data-ready="true"]')).toBeVisible();
	const acc = page.locator('output[name="accuracy"]').first();
	await expect(acc).toHaveAttribute('data-value', '0.97');
	await expect(acc).toContainText('0,97');
	await page.goto('/embed/confusion-matrix/?tp=1&fp=2&fn=1&tn=96');
	await expect(page.locator('output[name="accuracy"]').first()).toContainText('0.97');
});

test('an untranslated lesson says so in Indonesian and links the English one', async ({ page }) => {
	await page.goto('/id/lessons/case-study/');
	const note = page.locator('[data-untranslated]');
	if ((await note.count()) === 0) return test.skip(true, 'this lesson is translated');
	await expect(note).toContainText('belum diterjemahkan');
	await expect(note.locator('a')).toHaveAttribute('href', /\/lessons\/case-study\/$/);
	await expect(page.locator('.prose')).toHaveAttribute('lang', 'en');
});
