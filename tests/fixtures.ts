// A `page` that records console errors, uncaught exceptions and any request that leaves the
// origin; `expectClean()` fails the test on any of them. `axe()` runs a WCAG 2 A/AA scan.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Watch {
	errors: string[];
	outside: string[];
}

export async function scanAxe(page: Page) {
	// Let a resize or theme change settle first: ResizeObserver callbacks (which make an overflowing
	// box focusable, ui/scrollable.ts) run in the next rendering step, not at once.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	return bad.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join(', ')}`
	);
}

export const test = base.extend<{ watch: Watch; expectClean: () => void }>({
	// Every successful `page.goto` waits until the page has hydrated (event handlers attached), so
	// tests never click a control before it works, however loaded the machine is.
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			if (response?.ok())
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
			return response;
		};
		await use(page);
	},
	watch: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const watch: Watch = { errors: [], outside: [] };
		page.on('console', (m) => {
			if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
		});
		page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
		page.on('request', (r) => {
			const u = r.url();
			if (u.startsWith('data:') || u.startsWith('blob:')) return;
			if (new URL(u).origin !== origin) watch.outside.push(u);
		});
		await use(watch);
	},
	expectClean: async ({ watch }, use) => {
		await use(() => {
			expect(watch.errors, 'console errors').toEqual([]);
			expect(watch.outside, 'requests leaving the origin').toEqual([]);
		});
	}
});

export { expect };

/** Open an embed link and wait until it has read its query string. */
export async function openEmbed(page: Page, widget: string, query = '') {
	await page.goto(`/embed/${widget}/${query ? `?${query}` : ''}`);
	await expect(page.locator(`[data-embed="${widget}"][data-ready="true"]`)).toBeVisible();
}

/** The data-value of `<output name=...>` (first match). */
export async function readout(page: Page, name: string): Promise<string | null> {
	return page.locator(`output[name="${name}"]`).first().getAttribute('data-value');
}

/** A `<table data-grid=...>` as numbers, row by row. */
export async function grid(page: Page, name: string): Promise<number[][]> {
	return page
		.locator(`table[data-grid="${name}"]`)
		.first()
		.evaluate((table) =>
			[...table.querySelectorAll('tr')]
				.map((tr) =>
					[...tr.querySelectorAll('td[data-value]')]
						.filter((td) => !td.hasAttribute('data-pad'))
						.map((td) => Number(td.getAttribute('data-value')))
				)
				.filter((row) => row.length > 0)
		);
}
