import { test, expect, openEmbed, readout } from './fixtures';

test('prediction follows ŷ = w·x + b from the link', async ({ page, expectClean }) => {
	await openEmbed(page, 'linear-model', 'w=0.9&b=2&x=25');
	expect(await readout(page, 'prediction')).toBe('24.5');
	await page.getByLabel('Bias b (exact value)').fill('-3.5');
	await page.getByLabel('Bias b (exact value)').press('Enter');
	expect(Number(await readout(page, 'prediction'))).toBeCloseTo(0.9 * 25 - 3.5, 12);
	expectClean();
});

test('the best line has a smaller error than the learner’s', async ({ page }) => {
	await openEmbed(page, 'linear-model', 'w=0.2&b=0');
	const before = Number(await readout(page, 'sse'));
	await page.getByRole('button', { name: 'Fit the best line' }).click();
	const after = Number(await readout(page, 'sse'));
	expect(after).toBeLessThan(before);
	// Nudging the fitted weight either way only makes it worse.
	const w = Number(await readout(page, 'w'));
	for (const dw of [-0.01, 0.01]) {
		await page.getByLabel('Weight w (exact value)').fill(String(w + dw));
		await page.getByLabel('Weight w (exact value)').press('Enter');
		expect(Number(await readout(page, 'sse'))).toBeGreaterThan(after);
	}
});

test('classification compares the prediction with the cut-off', async ({ page }) => {
	await openEmbed(page, 'linear-model', 'mode=classification&w=1&b=0&x=30&cutoff=25');
	expect(await readout(page, 'class')).toBe('hot');
	await page.getByLabel('Today, x (°C) (exact value)').fill('20');
	await page.getByLabel('Today, x (°C) (exact value)').press('Enter');
	expect(await readout(page, 'class')).toBe('cold');
	const acc = Number(await readout(page, 'accuracy'));
	expect(acc).toBeGreaterThanOrEqual(0);
	expect(acc).toBeLessThanOrEqual(1);
});

test('bad typed values and out-of-range links get a message, never NaN', async ({ page }) => {
	await openEmbed(page, 'linear-model', 'w=99&b=abc');
	await expect(page.getByText('Parameter “w”: 99 is outside')).toBeVisible();
	await expect(page.getByText('Parameter “b”: “abc” is not a number')).toBeVisible();
	expect(await readout(page, 'w')).toBe('2');
	await page.getByLabel('Weight w (exact value)').fill('lots');
	await page.getByLabel('Weight w (exact value)').press('Enter');
	await expect(page.getByText('“lots” is not a number; keeping the last value.')).toBeVisible();
	expect(await readout(page, 'w')).toBe('2');
	await expect(page.locator('body')).not.toContainText('NaN');
});
