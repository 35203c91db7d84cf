// The pooling widget: max/avg, window and stride controls, typed maps and bad input, with the
// numbers checked against hand computations.
import { test, expect, openEmbed, readout, grid } from './fixtures';

test('the lesson’s map: 2×2 max pooling, stride 2, flattened to 9 values', async ({ page, expectClean }) => {
	await openEmbed(page, 'pooling');
	expect(await grid(page, 'output')).toEqual([
		[1, 1, 0],
		[4, 2, 1],
		[0, 2, 1]
	]);
	expect(await grid(page, 'flattened')).toEqual([[1, 1, 0, 4, 2, 1, 0, 2, 1]]);
	expect(await readout(page, 'flattened-length')).toBe('9');
	await expect(page.locator('[data-window]')).toContainText('max(1, 0, 0, 1) = 1');
	expectClean();
});

test('average pooling, and picking a pooled cell with the keyboard', async ({ page }) => {
	await openEmbed(page, 'pooling');
	await page.getByLabel('Average').check();
	expect(await grid(page, 'output')).toEqual([
		[0.5, 0.5, 0],
		[2.5, 1, 0.5],
		[0, 1, 0.5]
	]);
	await page.locator('[role="application"]').focus();
	await page.keyboard.press('ArrowDown');
	// Window rows 2–3, columns 0–1: 4, 2, 1, 3 → 10 / 4.
	await expect(page.locator('[data-window]')).toContainText('(4 + 2 + 1 + 3) / 4 = 2.5');
	await expect(page.locator('table[data-grid="input"] td.marked')).toHaveCount(4);
});

test('window and stride from the number boxes and sliders', async ({ page }) => {
	await openEmbed(page, 'pooling');
	for (const name of ['size', 'stride']) {
		const box = page.locator(`[data-control="${name}"]`).getByRole('textbox');
		await box.fill('3');
		await box.press('Enter');
	}
	// Blocks of 3×3: maxima 4 and 1 on top, 3 and 2 below.
	expect(await grid(page, 'output')).toEqual([
		[4, 1],
		[3, 2]
	]);
	expect(await readout(page, 'flattened-length')).toBe('4');
	await page.locator('[data-control="stride"]').getByRole('slider').focus();
	await page.keyboard.press('ArrowLeft'); // stride 2 with window 3: ⌊(6 − 3)/2⌋ + 1 = 2, row and column 5 dropped
	expect(await readout(page, 'flattened-length')).toBe('4');
	await expect(page.locator('[data-missed]')).toHaveText(
		'The window never reaches the last row and the last column: pooling drops them.'
	);
	await expect(page.locator('[data-formula]')).toContainText('⌊(6 − 3) / 2⌋ + 1 = 2');
});

test('a window that does not fit is refused; the last good state stays', async ({ page, expectClean }) => {
	await openEmbed(page, 'pooling', 'input=1,2,3;4,5,6;7,8,9&size=2&stride=1&mode=avg');
	expect(await grid(page, 'output')).toEqual([
		[3, 4],
		[6, 7]
	]);
	const box = page.locator('[data-control="size"]').getByRole('textbox');
	await box.fill('4');
	await box.press('Enter');
	await expect(page.locator('[data-message="pool"]')).toContainText('does not fit');
	expect(await readout(page, 'flattened-length')).toBe('4');
	await expect(box).toHaveValue('2');
	await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
	expectClean();
});

test('bad links and typed maps: a message naming the problem, never NaN', async ({ page }) => {
	await openEmbed(page, 'pooling', 'input=1,2;3&mode=median&size=0');
	await expect(page.getByText(/“input”/).first()).toBeVisible();
	await expect(page.getByText(/“mode”/).first()).toBeVisible();
	await expect(page.getByText(/“size”: 0 is outside 1…8/)).toBeVisible();
	await openEmbed(page, 'pooling', 'input=1,2;3,4&size=5');
	await expect(page.locator('[data-message="pool"]')).toContainText('does not fit');
	expect(await grid(page, 'output')).toEqual([[4]]);
	await page.getByText('Type a feature map').click();
	await page.locator('[data-control="input-matrix"]').fill('1,x;2,3');
	await page.getByRole('button', { name: 'Use this matrix' }).click();
	await expect(page.locator('[data-message="pool"]')).toContainText('“x”');
	expect(await grid(page, 'output')).toEqual([[4]]);
	await page.locator('[data-control="input-matrix"]').fill('-1,-5;-3,-2');
	await page.getByRole('button', { name: 'Use this matrix' }).click();
	expect(await grid(page, 'output')).toEqual([[-1]]);
	await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
});

test('max pooling lights up the window’s winner, without motion when reduced motion is asked', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'pooling');
	const winners = page.locator('table[data-grid="input"] td[data-winner="true"]');
	// Window (0, 0) is 1, 0, 0, 1: both 1s tie for the maximum.
	await expect(winners).toHaveCount(2);
	expect(await winners.evaluateAll((tds) => tds.map((td) => `${td.dataset.r},${td.dataset.c}`))).toEqual([
		'0,0',
		'1,1'
	]);
	await page.locator('[role="application"]').focus();
	await page.keyboard.press('ArrowDown');
	// Window rows 2–3, columns 0–1: 4, 2, 1, 3 → the 4 at (2, 0) wins.
	await expect(winners).toHaveCount(1);
	await expect(winners).toHaveAttribute('data-r', '2');
	await expect(winners).toHaveAttribute('data-c', '0');
	await expect(winners).toHaveText('4');
	const duration = () => winners.first().evaluate((td) => parseFloat(getComputedStyle(td).animationDuration));
	expect(await duration()).toBeGreaterThan(0.1);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(await duration()).toBeLessThan(0.001);
	// Average pooling: every cell counts, none wins.
	await page.getByLabel('Average').check();
	await expect(winners).toHaveCount(0);
	expectClean();
});
