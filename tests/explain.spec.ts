// What did the model look at? (issue 18) The drawn parts' defect circles, the pointing game and
// the shortcut switch, end to end on a small, quick training run.
import { test, expect, grid, openEmbed, readout } from './fixtures';
import { heldOutPart } from '../src/lib/lab/dataset/generate';
import { defectMarks } from '../src/lib/lab/dataset/defect-mark';

test.describe.configure({ timeout: 240_000 });

const SMALL = 'epochs=2&seed=3&size=24&count=80';

async function waitDone(page: import('@playwright/test').Page) {
	await expect(page.locator('output[name="status"]')).toHaveAttribute('data-value', 'done', {
		timeout: 200_000
	});
}

test('drawn parts carry their defect circles, and the pointing game adds up', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'training-lab', `${SMALL}&autostart=1`);
	await waitDone(page);
	// a defective part: its circle is the one the generator's spec gives, inside the picture
	await page.getByLabel('Kind of part').selectOption('pits');
	await page.getByRole('button', { name: 'Draw a new part' }).click();
	const pit = page.locator('output[name="p-held-out"][data-part="1"]');
	await expect(pit).toHaveAttribute('data-defect-row', /\d/);
	const [mark] = defectMarks(heldOutPart(3, 0, 24, 'pits').spec, 24);
	for (const [attr, want] of [
		['data-defect-row', mark.row],
		['data-defect-col', mark.col],
		['data-defect-radius', mark.radius]
	] as const) {
		const v = Number(await pit.getAttribute(attr));
		expect(v, attr).toBeCloseTo(want, 9);
		if (attr !== 'data-defect-radius') {
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThanOrEqual(23);
		} else expect(v).toBeGreaterThan(0);
	}
	// an OK part carries none
	await page.getByLabel('Kind of part').selectOption('ok');
	await page.getByRole('button', { name: 'Draw a new part' }).click();
	const ok = page.locator('output[name="p-held-out"][data-part="2"]');
	await expect(ok).toHaveAttribute('data-value', /\d/);
	for (const attr of ['data-defect-row', 'data-defect-col', 'data-defect-radius'])
		expect(await ok.getAttribute(attr)).toBeNull();

	// the pointing game: cancelled, it leaves no score; played, its score is hits / total
	const play = page.getByRole('button', { name: /Play the pointing game/ });
	await play.click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
	await expect(page.locator('output[name="pointing-accuracy"]')).toHaveCount(0);
	await play.click();
	await expect(page.locator('progress')).not.toHaveCount(0);
	await expect(page.locator('output[name="pointing-accuracy"]')).toHaveCount(1, { timeout: 180_000 });
	const hits = Number(await readout(page, 'pointing-hits'));
	const total = Number(await readout(page, 'pointing-total'));
	expect(total).toBe(40);
	expect(Number(await readout(page, 'pointing-accuracy'))).toBeCloseTo(hits / total, 12);
	// patch 3 px, stride 1 at 24 px: the margin is ⌈√2/2⌉ = 1 px
	expect(Number(await readout(page, 'pointing-margin'))).toBe(1);
	const kinds = await grid(page, 'pointing-kinds');
	expect(kinds.map((r) => r[1])).toEqual([8, 8, 8, 8, 8]);
	expect(kinds.reduce((s, r) => s + r[0], 0)).toBe(hits);
	// a finding in words either way
	await expect(page.locator('[data-finding="points"], [data-finding="misses"]')).toHaveCount(1);
	expectClean();
});

test('shortcut=mark marks the data, says so, and the pointing game counts peaks on the mark', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'training-lab', `${SMALL}&shortcut=mark&autostart=1`);
	await expect(page.locator('[data-shortcut="mark"]')).toBeVisible();
	await expect(page.getByLabel('Shortcut experiment')).toHaveValue('mark');
	await waitDone(page);
	await page.getByRole('button', { name: /Play the pointing game/ }).click();
	await expect(page.locator('output[name="pointing-accuracy"]')).toHaveCount(1, { timeout: 180_000 });
	const onMark = Number(await readout(page, 'pointing-on-mark'));
	expect(onMark).toBeGreaterThanOrEqual(0);
	expect(onMark).toBeLessThanOrEqual(Number(await readout(page, 'pointing-total')));
	expectClean();
});

test('without the parameter there is no mark, and a bad value is named', async ({ page }) => {
	await openEmbed(page, 'training-lab', 'shortcut=glitter&count=40&size=16');
	await expect(page.getByText(/Parameter “shortcut”/)).toBeVisible();
	await expect(page.getByLabel('Shortcut experiment')).toHaveValue('none');
	await expect(page.locator('[data-shortcut="mark"]')).toHaveCount(0);
});
