// Number boxes on an Indonesian page (issue 16.4): they show their value with a decimal comma,
// read "1,5" as one and a half, and the readouts' data-value stays as JavaScript prints it.
// The English page keeps its decimal point.
import { test, expect, readout } from './fixtures';

const ready = '[data-embed="gradient-descent"][data-ready="true"]';

test('gradient descent in Indonesian: boxes and labels write a decimal comma and read one', async ({
	page,
	expectClean
}) => {
	await page.goto('/id/embed/gradient-descent/?fn=quadratic&lr=0.1&x0=2&steps=0');
	await expect(page.locator(ready)).toBeVisible();
	const lr = page.locator('input[data-field="lr"]');
	const x0 = page.locator('input[data-field="x0"]');
	await expect(lr).toHaveValue('0,1');
	await x0.fill('1,5');
	await x0.press('Enter');
	await expect(x0).toHaveValue('1,5');
	expect(await readout(page, 'x')).toBe('1.5');
	await expect(page.locator('output[name="x"]').first()).toContainText('1,5');
	await lr.fill('0.9');
	await lr.press('Enter');
	await expect(lr).toHaveValue('0,9');
	await page.locator('input[data-control="momentum"]').fill('0.5');
	await expect(page.getByText('Momentum β (0,5)')).toBeVisible();
	await page.getByRole('button', { name: 'Langkah', exact: true }).click();
	// x₁ = x₀ + v, v = −η·f′(x₀) = −0.9 × 3 (the first step has no velocity yet)
	expect(Number(await readout(page, 'x'))).toBeCloseTo(1.5 - 0.9 * 3, 12);
	// a value no language reads is refused, and the box shows the kept one again
	await x0.fill('1,5,5');
	await x0.press('Enter');
	await expect(x0).toHaveValue('1,5');
	expectClean();
});

test('gradient descent in English: the same boxes keep the decimal point', async ({ page, expectClean }) => {
	await page.goto('/embed/gradient-descent/?fn=quadratic&lr=0.1&x0=2&steps=0');
	await expect(page.locator(ready)).toBeVisible();
	await expect(page.locator('input[data-field="lr"]')).toHaveValue('0.1');
	const x0 = page.locator('input[data-field="x0"]');
	await x0.fill('1,5');
	await x0.press('Enter');
	await expect(x0).toHaveValue('1.5');
	expect(await readout(page, 'x')).toBe('1.5');
	expectClean();
});

test('a whole-number box in Indonesian quotes a typed fraction as typed ("2,5", not "2.5")', async ({
	page,
	expectClean
}) => {
	await page.goto('/id/embed/fitting/');
	await expect(page.locator('[data-embed="fitting"][data-ready="true"]')).toBeVisible();
	const n = page.locator('input[data-field="n"]');
	const before = await n.inputValue();
	await n.fill('12,5');
	await n.press('Enter');
	await expect(page.getByText('“12,5” bukan bilangan bulat.')).toBeVisible();
	await expect(n).toHaveValue(before);
	await n.fill('1.000,5');
	await n.press('Enter');
	await expect(page.getByText('“1.000,5” bukan bilangan bulat.')).toBeVisible();
	expectClean();
});
