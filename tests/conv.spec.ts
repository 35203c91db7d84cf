// The convolution widget, driven like a learner would (keys, drag, sliders, typing), with the
// numbers checked against hand computations and a tiny naive reference written here.
import { test, expect, openEmbed, readout, grid } from './fixtures';
import type { Page } from '@playwright/test';

const EXAMPLE = [
	[1, 1, 1, 0, 0],
	[0, 1, 1, 1, 0],
	[0, 0, 1, 1, 1],
	[0, 0, 1, 1, 0],
	[0, 1, 1, 0, 0]
];
const X = [
	[1, 0, 1],
	[0, 1, 0],
	[1, 0, 1]
];

/** Naive zero-padded cross-correlation (symmetric padding), independent of the site's code. */
function naive(img: number[][], k: number[][], s: number, p: number): number[][] {
	const at = (y: number, x: number) => img[y - p]?.[x - p] ?? 0;
	const H = img.length + 2 * p;
	const W = img[0].length + 2 * p;
	const out: number[][] = [];
	for (let y = 0; y + k.length <= H; y += s) {
		const row: number[] = [];
		for (let x = 0; x + k[0].length <= W; x += s) {
			let acc = 0;
			k.forEach((kr, i) => kr.forEach((w, j) => (acc += w * at(y + i, x + j))));
			row.push(acc);
		}
		out.push(row);
	}
	return out;
}

const inputGrid = (page: Page) => page.locator('[data-widget="convolution"] [role="application"]').first();
const noNaN = async (page: Page) => expect(page.locator('body')).not.toContainText(/NaN|Infinity/);

test('the course’s worked example, and the products behind a cell', async ({ page, expectClean }) => {
	await openEmbed(page, 'convolution');
	expect(await grid(page, 'output')).toEqual([
		[4, 3, 4],
		[2, 4, 3],
		[2, 3, 4]
	]);
	expect(await grid(page, 'input')).toEqual(EXAMPLE);
	expect(await readout(page, 'output-height')).toBe('3');
	expect(await readout(page, 'output-width')).toBe('3');
	expect(await readout(page, 'dot-product')).toBe('4');
	await openEmbed(page, 'convolution', 'row=1&col=2');
	// Window rows 1–3, columns 2–4: 1·1 + 0·1 + 1·0 + 1·1 + 1·1 + 1·0 … = 3.
	expect(await readout(page, 'dot-product')).toBe('3');
	await expect(page.locator('.sum-line')).toContainText('1×1');
	expectClean();
});

test('arrow keys move the kernel; Home and End jump', async ({ page }) => {
	await openEmbed(page, 'convolution');
	await inputGrid(page).focus();
	await page.keyboard.press('ArrowRight');
	expect(await readout(page, 'dot-product')).toBe('3');
	await page.keyboard.press('ArrowDown');
	expect(await readout(page, 'dot-product')).toBe('4');
	await page.keyboard.press('ArrowLeft');
	expect(await readout(page, 'dot-product')).toBe('2');
	await page.keyboard.press('End');
	await expect(inputGrid(page)).toHaveAttribute('data-row', '2');
	await expect(inputGrid(page)).toHaveAttribute('data-col', '2');
	await page.keyboard.press('ArrowRight'); // stays inside the output
	await expect(inputGrid(page)).toHaveAttribute('data-col', '2');
	await page.keyboard.press('Home');
	expect(await readout(page, 'dot-product')).toBe('4');
});

test('dragging the kernel with the mouse and by touch moves it', async ({ page }) => {
	await openEmbed(page, 'convolution');
	const cell = (r: number, c: number) => page.locator(`td[data-pr="${r}"][data-pc="${c}"]`);
	const from = (await cell(1, 1).boundingBox())!;
	const to = (await cell(3, 2).boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
	await page.mouse.up();
	// The centre went from (1,1) to (3,2): the window's top-left is (2,1), output cell (2,1) = 3.
	await expect(inputGrid(page)).toHaveAttribute('data-row', '2');
	await expect(inputGrid(page)).toHaveAttribute('data-col', '1');
	expect(await readout(page, 'dot-product')).toBe('3');
	// Touch: pointer events with pointerType "touch", grabbing the window by its top-left cell.
	const a = (await cell(2, 1).boundingBox())!;
	const b = (await cell(0, 2).boundingBox())!;
	const opts = (box: typeof a) => ({
		pointerType: 'touch',
		pointerId: 7,
		isPrimary: true,
		bubbles: true,
		clientX: box.x + box.width / 2,
		clientY: box.y + box.height / 2
	});
	await inputGrid(page).dispatchEvent('pointerdown', opts(a));
	await inputGrid(page).dispatchEvent('pointermove', opts(b));
	await inputGrid(page).dispatchEvent('pointerup', opts(b));
	await expect(inputGrid(page)).toHaveAttribute('data-row', '0');
	await expect(inputGrid(page)).toHaveAttribute('data-col', '2');
	expect(await readout(page, 'dot-product')).toBe('4');
});

test('stride and padding: sliders, number boxes and the filled-in formula', async ({ page, expectClean }) => {
	await openEmbed(page, 'convolution');
	const stride = page.locator('[data-control="stride"]');
	await stride.getByRole('textbox').fill('2');
	await stride.getByRole('textbox').press('Enter');
	expect(await grid(page, 'output')).toEqual([
		[4, 4],
		[2, 4]
	]);
	await expect(page.locator('[data-formula]')).toContainText('⌊(5 + 2·0 − 3) / 2⌋ + 1 = 2');
	// Padding 1 with the slider (keyboard on the range input), stride back to 1.
	await stride.getByRole('slider').focus();
	await page.keyboard.press('ArrowLeft');
	const pad = page.locator('[data-control="padding"]');
	await pad.getByRole('slider').focus();
	await page.keyboard.press('ArrowRight');
	expect(await readout(page, 'output-height')).toBe('5');
	const out = await grid(page, 'output');
	// Corner by hand: only the centre (in[0][0] = 1) and the bottom-right weight (in[1][1] = 1) land on the image.
	expect(out[0][0]).toBe(2);
	expect(out).toEqual(naive(EXAMPLE, X, 1, 1));
	await expect(page.locator('td[data-pad]')).toHaveCount(7 * 7 - 25);
	await expect(page.locator('[data-formula]')).toContainText('⌊(5 + 2·1 − 3) / 1⌋ + 1 = 5');
	// A typed stride out of range is clamped, with a note.
	await stride.getByRole('textbox').fill('99');
	await stride.getByRole('textbox').press('Tab');
	await expect(stride).toContainText('99 is outside 1…8');
	expect(await readout(page, 'output-height')).toBe('1');
	await noNaN(page);
	expectClean();
});

test('`same` padding shows the padding it applied, asymmetric when it must be', async ({ page }) => {
	await openEmbed(page, 'convolution', 'image=vertical-edge&padding=same&stride=2');
	// n = 6, s = 2 → out ⌈6/2⌉ = 3; total padding (3−1)·2 + 3 − 6 = 1: top/left 0, bottom/right 1.
	expect(await readout(page, 'output-height')).toBe('3');
	expect(await readout(page, 'output-width')).toBe('3');
	await expect(page.getByText('“same” pads top 0, bottom 1, left 0, right 1.')).toBeVisible();
	await expect(page.locator('td[data-pad]')).toHaveCount(7 * 7 - 36);
	await expect(page.locator('[data-formula]')).toContainText('⌊(6 + 0 + 1 − 3) / 2⌋ + 1 = 3');
});

test('rows and columns the kernel never reaches are shown', async ({ page }) => {
	await openEmbed(page, 'convolution', 'image=vertical-edge&stride=2');
	// 6 cells, k = 3, s = 2: windows at 0 and 2 reach cells 0–4; row 5 and column 5 are missed.
	// They are real input cells (there is no padding here), and the message says so.
	await expect(page.locator('[data-missed="rows"]')).toHaveText(
		'With stride 2, the kernel never reaches 1 row of the input (hatched): its values do not affect the output.'
	);
	await expect(page.locator('[data-missed="cols"]')).toContainText('1 column of the input (hatched)');
	await expect(page.locator('td.missed')).toHaveCount(11);
	// With padding 1 (8 padded cells, windows at 0, 2, 4 reach 0–6), the missed one is padding.
	await openEmbed(page, 'convolution', 'image=vertical-edge&stride=2&padding=1');
	await expect(page.locator('[data-missed="rows"]')).toContainText('1 row of padding (hatched): it does not');
	// Stride 4, one window (cells 0–2): three real rows are missed, and the message counts them.
	await openEmbed(page, 'convolution', 'image=vertical-edge&stride=4');
	await expect(page.locator('[data-missed="rows"]')).toContainText('3 rows of the input (hatched): their');
	// A 2×2 kernel, padding 1, stride 4: windows at 0 and 4 reach 0, 1, 4, 5 of 8 padded cells;
	// 2, 3, 6 are input (padded index 1–6 is the input), 7 is padding.
	await openEmbed(page, 'convolution', 'image=vertical-edge&kernel=1,0;0,1&stride=4&padding=1');
	await expect(page.locator('[data-missed="cols"]')).toContainText(
		'3 columns of the input and 1 column of padding (hatched): they do not'
	);
	await expect(page.locator('[data-missed]').first()).not.toContainText('(s)');
});

test('Sobel x on a vertical edge; negative outputs use the negative colour', async ({ page }) => {
	await openEmbed(page, 'convolution', 'image=vertical-edge&kernel=sobel-x');
	// Columns 20,20,20,220,220,220: each output is 4 × (right − left) of its window.
	expect(await grid(page, 'output')).toEqual(Array(4).fill([0, 800, 800, 0]));
	await openEmbed(page, 'convolution', 'image=vertical-edge&kernel=1,0,-1;2,0,-2;1,0,-1');
	expect(await grid(page, 'output')).toEqual(Array(4).fill([0, -800, -800, 0]));
	const style = await page.locator('table[data-grid="output"] td').nth(1).getAttribute('style');
	expect(style).toContain('--neg');
});

test('typed kernel values: a number applies, a non-number is refused and the last good value kept', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'convolution');
	const c00 = page.locator('[data-kernel-cell="0,0"]');
	await c00.fill('2');
	expect((await grid(page, 'output'))[0][0]).toBe(5); // in[0][0] = 1, weight 1 → 2
	await c00.fill('abc');
	await expect(page.locator('[data-message="kernel"]')).toContainText('“abc” is not a number');
	await expect(c00).toHaveAttribute('aria-invalid', 'true');
	expect((await grid(page, 'output'))[0][0]).toBe(5);
	await c00.fill('-1.5');
	await expect(page.locator('[data-message="kernel"]')).toBeHidden();
	expect((await grid(page, 'output'))[0][0]).toBe(1.5); // 4 − 1 − 1.5
	// Presets and non-square sizes.
	await page.locator('[data-control="kernel-preset"]').selectOption('box-blur');
	expect((await grid(page, 'output'))[0][0]).toBeCloseTo(6 / 9, 12);
	await page.locator('[data-control="kernel-cols"]').selectOption('5');
	expect(await readout(page, 'output-width')).toBe('1');
	expect(await readout(page, 'output-height')).toBe('3');
	await noNaN(page);
	expectClean();
});

test('a kernel that does not fit is refused beside the control; the last good state stays', async ({
	page
}) => {
	await openEmbed(page, 'convolution');
	await page.locator('[data-control="kernel-rows"]').selectOption('7');
	await expect(page.locator('[data-message="layout"]')).toContainText('does not fit');
	await expect(page.locator('[data-message="layout"]')).toContainText('⌊(5 + 0 − 7) / 1⌋ + 1 = −1');
	await expect(page.locator('[data-control="kernel-rows"]')).toHaveValue('3');
	expect(await grid(page, 'output')).toEqual([
		[4, 3, 4],
		[2, 4, 3],
		[2, 3, 4]
	]);
	// With padding 1 a 7-row kernel fits: ⌊(5 + 2 − 7)/1⌋ + 1 = 1.
	await page.locator('[data-control="padding"]').getByRole('textbox').fill('1');
	await page.locator('[data-control="padding"]').getByRole('textbox').press('Enter');
	await page.locator('[data-control="kernel-rows"]').selectOption('7');
	expect(await readout(page, 'output-height')).toBe('1');
	await noNaN(page);
});

test('bad link parameters: messages naming them, defaults shown, never NaN', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'convolution', 'kernel=1,a;0,1&stride=99&input=1,2;3');
	await expect(page.getByText(/“kernel”/).first()).toBeVisible();
	await expect(page.getByText(/“input”/).first()).toBeVisible();
	await expect(page.getByText(/“stride”: 99 is outside 1…8/)).toBeVisible();
	expect(await grid(page, 'input')).toEqual(EXAMPLE);
	await openEmbed(page, 'convolution', 'kernel=1,1,1,1,1,1,1&input=1,2;3,4');
	await expect(page.getByText('does not fit', { exact: false }).first()).toBeVisible();
	await noNaN(page);
	expectClean();
});

test('typed input matrix and uploads: good ones used, bad ones refused', async ({ page }) => {
	await openEmbed(page, 'convolution');
	await page.getByText('Type a matrix').click();
	await page.locator('[data-control="input-matrix"]').fill('1,2,3;4,5,6;7,8,9');
	await page.getByRole('button', { name: 'Use this matrix' }).click();
	expect(await grid(page, 'output')).toEqual([[1 + 3 + 5 + 7 + 9]]);
	await page.locator('[data-control="input-matrix"]').fill('1,2;3');
	await page.getByRole('button', { name: 'Use this matrix' }).click();
	await expect(page.locator('[data-message="input"]')).toContainText('row 2');
	expect(await grid(page, 'output')).toEqual([[25]]);
	// Not an image.
	await page.locator('[data-control="upload"]').setInputFiles({
		name: 'notes.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('hello')
	});
	await expect(page.locator('[data-message="input"]')).toContainText('“notes.txt” is not an image file');
	// A real 32×32 PNG, black left half, white right half → a 16×16 grid of 0 and 255.
	const dataUrl = await page.evaluate(() => {
		const c = document.createElement('canvas');
		c.width = c.height = 32;
		const g = c.getContext('2d')!;
		g.fillStyle = '#fff';
		g.fillRect(0, 0, 32, 32);
		g.fillStyle = '#000';
		g.fillRect(0, 0, 16, 32);
		return c.toDataURL('image/png');
	});
	await page.locator('[data-control="upload"]').setInputFiles({
		name: 'edge.png',
		mimeType: 'image/png',
		buffer: Buffer.from(dataUrl.split(',')[1], 'base64')
	});
	await expect(page.getByText('shrunk to a 16×16 grid')).toBeVisible();
	const input = await grid(page, 'input');
	expect(input).toHaveLength(16);
	expect(input[5]).toEqual([...Array(8).fill(0), ...Array(8).fill(255)]);
	// A corrupt "PNG".
	await page.locator('[data-control="upload"]').setInputFiles({
		name: 'broken.png',
		mimeType: 'image/png',
		buffer: Buffer.from('not really a png')
	});
	await expect(page.locator('[data-message="input"]')).toContainText('could not be read');
	expect(await grid(page, 'input')).toHaveLength(16);
});

test('step, play and pause; no auto-play', async ({ page }) => {
	await openEmbed(page, 'convolution');
	await page.locator('[data-control="step"]').click();
	expect(await readout(page, 'dot-product')).toBe('3'); // (0,1)
	await page.waitForTimeout(700);
	expect(await readout(page, 'dot-product')).toBe('3'); // nothing moves by itself
	await page.locator('[data-control="play"]').click();
	await expect(inputGrid(page)).not.toHaveAttribute('data-col', '1', { timeout: 3000 });
	await page.locator('[data-control="play"]').click();
	const where = await inputGrid(page).getAttribute('data-col');
	await page.waitForTimeout(800);
	expect(await inputGrid(page).getAttribute('data-col')).toBe(where);
});

test('reduced motion: said, and still nothing plays by itself', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openEmbed(page, 'convolution');
	await expect(page.getByText('reduced motion')).toBeVisible();
	await page.waitForTimeout(600);
	await expect(inputGrid(page)).toHaveAttribute('data-col', '0');
});

test('Share gives a link that reopens the same state', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'convolution', 'image=casting-pit&kernel=ridge&padding=1&row=2&col=3');
	const before = await grid(page, 'output');
	const dot = await readout(page, 'dot-product');
	expect(dot).toBe(String(before[2][3]));
	await page.getByRole('button', { name: 'Share' }).click();
	const link = (await page.locator('[data-share-link]').first().getAttribute('href'))!;
	expect(link).toContain('kernel=ridge');
	await page.goto(link);
	await expect(page.locator('[data-embed="convolution"][data-ready="true"]')).toBeVisible();
	expect(await grid(page, 'output')).toEqual(before);
	expect(await readout(page, 'dot-product')).toBe(dot);
});

test('sixty key presses walk a 7×7 kernel round a 24×24 input and back (timings logged, not asserted)', async ({
	page
}) => {
	const rows = Array.from({ length: 24 }, (_, y) =>
		Array.from({ length: 24 }, (_, x) => (x * 7 + y * 13) % 256)
	);
	await openEmbed(
		page,
		'convolution',
		`input=${rows.map((r) => r.join(',')).join(';')}&kernel=gaussian-5&padding=same`
	);
	await page.locator('[data-control="kernel-cols"]').selectOption('7');
	await page.locator('[data-control="kernel-rows"]').selectOption('7');
	const times = await inputGrid(page).evaluate(async (el) => {
		const out: number[] = [];
		for (let i = 0; i < 60; i++) {
			const t0 = performance.now();
			el.dispatchEvent(
				new KeyboardEvent('keydown', {
					key: ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'][Math.floor(i / 15)],
					bubbles: true
				})
			);
			// A macrotask later Svelte has flushed; reading offsetHeight includes style and layout.
			await new Promise((r) => {
				const ch = new MessageChannel();
				ch.port1.onmessage = r;
				ch.port2.postMessage(0);
			});
			void (el as HTMLElement).offsetHeight;
			out.push(performance.now() - t0);
		}
		return { out: out.sort((a, b) => a - b), at: [el.dataset.row, el.dataset.col] };
	});
	expect(times.at).toEqual(['0', '0']);
	const t = times.out;
	console.log(
		`keyboard redraw ms: min ${t[0].toFixed(2)}, median ${t[15].toFixed(2)}, max ${t[29].toFixed(2)}`
	);
});
