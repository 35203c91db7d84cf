// Issue 14, item 3: the convolution widget links the kernel's window to the output cell it makes,
// and shows the feature map as a grey image beside its numbers, on the scale its legend states.
import { test, expect, openEmbed, readout, grid, scanAxe } from './fixtures';
import type { Page } from '@playwright/test';

/** The image's pixels, grey level per cell, row by row (read back from the canvas). */
async function imageGreys(page: Page): Promise<number[][]> {
	return page.locator('[data-feature-image] canvas').evaluate((c: HTMLCanvasElement) => {
		const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		return Array.from({ length: c.height }, (_, r) =>
			Array.from({ length: c.width }, (_, k) => {
				const i = (r * c.width + k) * 4;
				// a grey pixel: r = g = b, opaque
				return d[i] === d[i + 1] && d[i] === d[i + 2] && d[i + 3] === 255 ? d[i] : -1;
			})
		);
	});
}

async function expectImageMatchesGrid(page: Page) {
	const out = await grid(page, 'output');
	const flat = out.flat();
	const lo = Math.min(...flat);
	const hi = Math.max(...flat);
	expect(Number(await readout(page, 'map-min'))).toBe(lo);
	expect(Number(await readout(page, 'map-max'))).toBe(hi);
	const want = out.map((row) => row.map((v) => (hi > lo ? Math.round((255 * (v - lo)) / (hi - lo)) : 128)));
	expect(await imageGreys(page)).toEqual(want);
}

test('the feature map image is the output grid on the legend’s grey scale', async ({ page, expectClean }) => {
	await openEmbed(page, 'convolution');
	// The worked example: 4,3,4;2,4,3;2,3,4 → black at 2, white at 4.
	await expectImageMatchesGrid(page);
	expect(await imageGreys(page)).toEqual([
		[255, 128, 255],
		[0, 255, 128],
		[0, 128, 255]
	]);
	// A signed map (a vertical-edge kernel on the pitted casting), then a change of layout.
	await openEmbed(page, 'convolution', 'image=casting-pit&kernel=sobel-x');
	await expectImageMatchesGrid(page);
	await page.getByRole('combobox', { name: 'Padding kind' }).selectOption('same');
	await expect(page.locator('[data-feature-image] canvas')).toHaveAttribute('width', '8');
	await expectImageMatchesGrid(page);
	// A map of equal values is plain grey, and says so.
	await openEmbed(page, 'convolution', 'input=1,1,1;1,1,1;1,1,1&kernel=1');
	await expectImageMatchesGrid(page);
	await expect(page.locator('[data-feature-image]')).toContainText('plain grey');
	expect(await scanAxe(page)).toEqual([]);
	expectClean();
});

/** The link's two bridges, checked against the window's and the picked cell's boxes on screen. */
async function linkGeometry(page: Page) {
	return page.evaluate(() => {
		const svg = document.querySelector<SVGSVGElement>('[data-window-link]')!;
		const o = svg.getBoundingClientRect();
		const win = [...document.querySelectorAll('table[data-grid="input"] td.win')].map((c) =>
			c.getBoundingClientRect()
		);
		const cell = document.querySelector('table[data-grid="output"] td.selected')!.getBoundingClientRect();
		const box = {
			l: Math.min(...win.map((r) => r.left)) - o.left,
			t: Math.min(...win.map((r) => r.top)) - o.top,
			r: Math.max(...win.map((r) => r.right)) - o.left,
			b: Math.max(...win.map((r) => r.bottom)) - o.top
		};
		const out = {
			l: cell.left - o.left,
			t: cell.top - o.top,
			r: cell.right - o.left,
			b: cell.bottom - o.top
		};
		const lines = [...svg.querySelectorAll('line')].map((l) => [
			[l.x1.baseVal.value, l.y1.baseVal.value],
			[l.x2.baseVal.value, l.y2.baseVal.value]
		]);
		const pictured = document.querySelector<HTMLElement>('[data-feature-image] .pick')!;
		return {
			row: svg.dataset.row,
			col: svg.dataset.col,
			box,
			out,
			lines,
			pick: [pictured.dataset.row, pictured.dataset.col]
		};
	});
}

type Box = { l: number; t: number; r: number; b: number };
const onCorner = (p: number[], b: Box) =>
	[b.l, b.r].some((x) => Math.abs(p[0] - x) < 1.5) && [b.t, b.b].some((y) => Math.abs(p[1] - y) < 1.5);

async function expectLinked(page: Page, row: number, col: number) {
	const g = await linkGeometry(page);
	expect([g.row, g.col]).toEqual([String(row), String(col)]);
	expect(g.pick).toEqual([String(row), String(col)]);
	expect(g.lines).toHaveLength(2);
	for (const [p, q] of g.lines) {
		// one end on the window's outline, the other on the picked output cell's
		expect(onCorner(p, g.box) || onCorner(q, g.box), `${p} ${q} on window ${JSON.stringify(g.box)}`).toBe(
			true
		);
		expect(onCorner(p, g.out) || onCorner(q, g.out), `${p} ${q} on cell ${JSON.stringify(g.out)}`).toBe(true);
	}
}

const nextFrames = (page: Page) =>
	page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test.describe('under reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('the link jumps with the picked cell, with nothing animated', async ({ page, expectClean }) => {
		await openEmbed(page, 'convolution', 'row=1&col=1');
		await nextFrames(page);
		await expectLinked(page, 1, 1);
		const input = page.locator('[data-widget="convolution"] [role="application"]').first();
		await input.focus();
		await page.keyboard.press('ArrowRight');
		await nextFrames(page);
		await expectLinked(page, 1, 2);
		await page.keyboard.press('Home');
		await nextFrames(page);
		await expectLinked(page, 0, 0);
		// A click on an output cell moves the window there, and the link with it.
		await page.locator('table[data-grid="output"] td[data-r="2"][data-c="1"]').click();
		await nextFrames(page);
		await expectLinked(page, 2, 1);
		expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		expectClean();
	});
});

test('the link slides to the new cell and settles on it, on a phone too', async ({ page, expectClean }) => {
	await openEmbed(page, 'convolution', 'image=casting-pit&kernel=sobel-x&row=2&col=3');
	await expect.poll(async () => (await linkGeometry(page)).lines.length).toBe(2);
	await expect(async () => expectLinked(page, 2, 3)).toPass();
	await page.locator('table[data-grid="output"] td[data-r="4"][data-c="0"]').click();
	await expect(async () => expectLinked(page, 4, 0)).toPass();
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(async () => expectLinked(page, 4, 0)).toPass();
	expectClean();
});

test('in Present, zoomed to fit 1024×768, the link still lands on the cells', async ({
	page,
	expectClean
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	// The page behind is hidden while presenting: wait for the embed to be ready, not visible.
	await page.goto('/embed/convolution/?present=1&image=casting-pit&kernel=sobel-x&row=2&col=3');
	await expect(page.locator('[data-embed="convolution"][data-ready="true"]')).toBeAttached();
	await expect(page.locator('section[data-widget="convolution"]')).toHaveAttribute('data-presenting', 'true');
	await expect(page.locator('[data-figure]').first()).toHaveAttribute('style', /zoom/);
	await expect(async () => expectLinked(page, 2, 3)).toPass();
	await page.locator('table[data-grid="output"] td[data-r="5"][data-c="5"]').click();
	await expect(async () => expectLinked(page, 5, 5)).toPass();
	expectClean();
});
