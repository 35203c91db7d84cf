// The lab's Train card (issue 14 item 5): one big Train / Pause / Resume button on top, epoch n of
// N, the accuracies, a time left that says "estimating…" until the first epoch has ended and then
// counts from the measured seconds per epoch, "Paused" while paused; the settings fold below.
import { test, expect, openEmbed, scanAxe } from './fixtures';

test.describe.configure({ timeout: 240_000 });

test('Train, estimate, Pause, Resume, Stop from the card', async ({ page, expectClean }) => {
	// enough epochs, each long enough, that the run is still going when Pause is pressed
	await openEmbed(page, 'training-lab', 'epochs=100&seed=3&size=32&count=400');
	const card = page.getByRole('group', { name: 'Train the model' });
	const main = card.getByRole('button', { name: 'Train', exact: true });
	const left = card.locator('output[name="seconds-left"]');
	await expect(left).toHaveText('not training');
	await expect(left).toHaveAttribute('data-value', '');
	await expect(card.locator('output[name="epoch"]')).toHaveText('0 / 100');
	await expect(main).toBeEnabled({ timeout: 60_000 });
	expect(await scanAxe(page)).toEqual([]);

	await main.click();
	const pause = card.getByRole('button', { name: 'Pause', exact: true });
	await expect(pause).toBeVisible();
	await expect(left).toHaveText('estimating…');
	await expect(card.locator('output[name="epoch"]')).not.toHaveAttribute('data-value', '0', {
		timeout: 120_000
	});
	// after an epoch: seconds left from the measured time per epoch
	await expect(left).not.toHaveAttribute('data-value', '');
	const seconds = Number(await left.getAttribute('data-value'));
	expect(seconds).toBeGreaterThan(0);
	await expect(left).toHaveText(/^about (\d+ min )?\d+ s$/);
	await expect(card.locator('output[name="epoch"]')).toHaveText(/^\d+ \/ 100$/);

	await pause.click();
	await expect(card.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
	await expect(card).toHaveAttribute('data-paused', 'true');
	const resume = card.getByRole('button', { name: 'Resume', exact: true });
	await expect(resume).toBeVisible();
	// the clock stands still while paused: so does the estimate and the epoch count
	const held = await left.getAttribute('data-value');
	const epochs = await card.locator('output[name="epoch"]').getAttribute('data-value');
	await page.waitForTimeout(1500);
	expect(await left.getAttribute('data-value')).toBe(held);
	expect(await card.locator('output[name="epoch"]').getAttribute('data-value')).toBe(epochs);
	expect(await scanAxe(page)).toEqual([]);

	await resume.click();
	await expect(card.getByText('Paused')).toHaveCount(0);
	await card.getByRole('button', { name: 'Stop', exact: true }).click();
	await expect(card.locator('output[name="status"]')).toHaveAttribute('data-value', 'done', {
		timeout: 120_000
	});
	await expect(main).toBeVisible();
	await expect(left).toHaveText('not training');
	expectClean();
});

test('in a lesson the settings fold below the card; the fold opens from the keyboard', async ({ page }) => {
	await page.goto('/lessons/case-study/');
	await page.getByRole('button', { name: 'Open the lab' }).click();
	const lab = page.locator('section[data-widget="training-lab"]');
	await expect(lab.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
	const fold = lab.locator('details.settings');
	await expect(fold).not.toHaveAttribute('open');
	await expect(lab.getByRole('spinbutton', { name: 'Epochs' })).toBeHidden();
	// the card comes first, the settings after it
	const cardBox = (await lab.getByRole('group', { name: 'Train the model' }).boundingBox())!;
	const foldBox = (await fold.boundingBox())!;
	expect(foldBox.y).toBeGreaterThan(cardBox.y + cardBox.height - 1);
	await fold.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(fold).toHaveAttribute('open');
	await expect(lab.getByRole('spinbutton', { name: 'Epochs' })).toBeVisible();
	await page.keyboard.press('Space');
	await expect(fold).not.toHaveAttribute('open');
});

test('on /id/ the card speaks Indonesian', async ({ page }) => {
	await page.goto('/id/embed/training-lab/?epochs=3&seed=3&size=24&count=80');
	const card = page.getByRole('group', { name: 'Latih model' });
	await expect(card.getByRole('button', { name: 'Latih', exact: true })).toBeVisible();
	await expect(card.locator('output[name="seconds-left"]')).toHaveText('tidak sedang melatih');
	await expect(card.locator('output[name="epoch"]')).toHaveText('0 / 3');
});
