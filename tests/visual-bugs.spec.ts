// Bugs found while making the site visual first (issue 14, item 6): uploads in the convolution
// widget, controls that overlap or overflow their boxes, and a pixel view too coarse to recognise.
import { test, expect, openEmbed, grid } from './fixtures';
import type { Page } from '@playwright/test';
import { grayPng } from './images-png';

/**
 * Every control inside each box matched by `boxes` stays inside that box (1 px slack), and no two
 * of the box's direct-child controls overlap. Returns the offenders, described.
 */
async function misplaced(page: Page, boxes: string): Promise<string[]> {
	return page.locator(boxes).evaluateAll((els) => {
		const bad: string[] = [];
		const name = (e: Element) =>
			`${e.tagName.toLowerCase()}${e.getAttribute('data-control') ? `[${e.getAttribute('data-control')}]` : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''}`;
		for (const box of els) {
			const b = box.getBoundingClientRect();
			for (const c of box.querySelectorAll('input, select, textarea, button, label, summary')) {
				const r = c.getBoundingClientRect();
				if (r.width === 0 && r.height === 0) continue;
				if (r.left < b.left - 1 || r.right > b.right + 1)
					bad.push(
						`${name(c)} spans ${r.left.toFixed(0)}–${r.right.toFixed(0)} outside ${name(box)} ${b.left.toFixed(0)}–${b.right.toFixed(0)}`
					);
			}
			const kids = [...box.children].filter((k) => k.getBoundingClientRect().width > 0);
			for (let i = 0; i < kids.length; i++)
				for (let j = i + 1; j < kids.length; j++) {
					const p = kids[i].getBoundingClientRect();
					const q = kids[j].getBoundingClientRect();
					const overlap =
						Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
						Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
					if (overlap) bad.push(`${name(kids[i])} overlaps ${name(kids[j])}`);
				}
		}
		return bad;
	});
}

const STEPS = [0, 1, 2, 3].map((i) => [0, 100, 200, 255].map((v) => (v + 10 * i) % 256));

test('convolution upload: no error after the await, and the same file can be chosen again', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'convolution');
	const upload = page.locator('[data-control="upload"]');
	const file = { name: 'steps.png', mimeType: 'image/png', buffer: grayPng(STEPS) };
	await upload.setInputFiles(file);
	await expect.poll(() => grid(page, 'input')).toEqual(STEPS);
	// The input is emptied, so a browser fires `change` when the learner picks this file again.
	expect(await upload.evaluate((el: HTMLInputElement) => el.value)).toBe('');
	await page.locator('[data-control="input-preset"]').selectOption({ index: 0 });
	expect(await grid(page, 'input')).not.toEqual(STEPS);
	await upload.setInputFiles(file);
	await expect.poll(() => grid(page, 'input')).toEqual(STEPS);
	expectClean(); // the TypeError from `e.currentTarget` after the await was a page error
});

test('the pixel inspector’s upload input is emptied too, so the same picture can be chosen twice', async ({
	page
}) => {
	await openEmbed(page, 'pixel-inspector');
	const upload = page.getByLabel('Use your own picture');
	await upload.setInputFiles({ name: 'g.png', mimeType: 'image/png', buffer: grayPng([[10, 20]]) });
	await expect(page.getByText('Loaded g.png')).toBeVisible();
	expect(await upload.evaluate((el: HTMLInputElement) => el.value)).toBe('');
});

const matrix = (h: number, w: number) =>
	Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => (i + j) % 3).join(',')).join(';');

for (const width of [1280, 1024, 700, 390]) {
	test(`pooling controls neither overlap nor leave their box at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await openEmbed(page, 'pooling');
		expect(await misplaced(page, '[data-widget="pooling"] .controls')).toEqual([]);
	});

	test(`convolution fieldsets hold their controls at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		// A wide 7-column kernel: the kernel fieldset's widest content.
		await openEmbed(page, 'convolution', `kernel=${matrix(3, 7)}&input=${matrix(8, 8)}`);
		expect(await misplaced(page, '[data-widget="convolution"] fieldset')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	});
}

test('the images lesson’s first inspector shows the picture itself beside a grid fine enough to read', async ({
	page
}) => {
	await page.goto('/lessons/images-as-data/');
	const first = page.locator('[data-widget="pixel-inspector"]').first();
	await expect(first.locator('output[name="height"]')).toBeAttached();
	expect(
		Number(await first.locator('output[name="height"]').getAttribute('data-value'))
	).toBeGreaterThanOrEqual(16);
	const original = first.locator('[data-original] canvas');
	await expect(original).toBeVisible();
	// The preview is the full picture, not the downscaled grid: far more pixels, and not blank.
	const stats = await original.evaluate((c: HTMLCanvasElement) => {
		const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let lo = 255;
		let hi = 0;
		for (let i = 0; i < d.length; i += 4) {
			lo = Math.min(lo, d[i]);
			hi = Math.max(hi, d[i]);
		}
		return { w: c.width, shown: c.getBoundingClientRect().width, lo, hi };
	});
	expect(stats.w).toBeGreaterThanOrEqual(256);
	expect(stats.shown).toBeGreaterThanOrEqual(160);
	expect(stats.hi - stats.lo).toBeGreaterThan(100);
});

test('in dark mode a disabled button looks unlike an enabled one (issue 14, item 5)', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const looks = await page.evaluate(() => {
		const look = (b: HTMLButtonElement) => {
			const s = getComputedStyle(b);
			return { bg: s.backgroundColor, border: s.borderTopStyle, color: s.color };
		};
		const out: Record<string, ReturnType<typeof look>> = {};
		for (const [name, cls, disabled] of [
			['on', '', false],
			['off', '', true],
			['on2', 'secondary', false],
			['off2', 'secondary', true]
		] as const) {
			const b = document.createElement('button');
			b.className = cls;
			b.disabled = disabled;
			b.textContent = name;
			document.querySelector('main')!.append(b);
			out[name] = look(b);
		}
		return out;
	});
	expect(looks.off.border).toBe('dashed');
	expect(looks.on.border).toBe('solid');
	expect(looks.off.bg).not.toBe(looks.on.bg);
	expect(looks.off2.border).toBe('dashed');
	expect(looks.off2.color).not.toBe(looks.on2.color);
});
