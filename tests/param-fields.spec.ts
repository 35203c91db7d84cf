// Number fields built from a widget's parameter table (src/lib/ui/ParamField.svelte): a typed value
// sets the state (the readouts follow), a value outside the table's range is clamped to it with a
// note naming the parameter, and a refused one keeps the last good value. Expected numbers are
// worked out here.
import { test, expect, openEmbed, readout } from './fixtures';

test('global-pooling: typed sizes set the counts, out of range is clamped to the table', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'global-pooling');
	const size = page.locator('input[data-field="size"]');
	await size.fill('16');
	await size.press('Enter');
	expect(await readout(page, 'flatten-length')).toBe(String(16 * 16 * 32));
	await size.fill('999');
	await size.press('Enter');
	await expect(size).toHaveValue('64');
	await expect(page.locator('[data-widget="global-pooling"]')).toContainText('“size”: 999 is outside 1…64');
	expect(await readout(page, 'flatten-length')).toBe(String(64 * 64 * 32));
	const units = page.locator('input[data-field="units"]');
	await units.fill('2.5');
	await units.press('Enter');
	await expect(units).toHaveValue('1');
	expect(await readout(page, 'global-dense-params')).toBe(String(33));
	await expectClean();
});

test('minibatch and optimizers: steps and Adam ε take the table’s ranges', async ({ page, expectClean }) => {
	await openEmbed(page, 'minibatch');
	const steps = page.locator('input[data-field="steps"]');
	await steps.fill('500');
	await steps.press('Enter');
	await expect(steps).toHaveValue('200');
	await expect(page.locator('[data-widget="minibatch"] caption')).toContainText('200');
	await openEmbed(page, 'optimizers');
	const eps = page.locator('input[data-field="eps"]');
	await eps.fill('2');
	await eps.press('Enter');
	await expect(eps).toHaveValue('1');
	const x0 = page.locator('input[data-field="x0"]');
	await x0.fill('-9');
	await x0.press('Enter');
	await expect(x0).toHaveValue('-5');
	await expectClean();
});
