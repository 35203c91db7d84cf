// The threshold widget: numbers against hand-computed tables, interaction, bad input.
import { test, expect, openEmbed, readout, grid } from './fixtures';
import type { Page } from '@playwright/test';

async function num(page: Page, name: string) {
	return Number(await readout(page, name));
}
async function counts(page: Page) {
	return Promise.all(['tp', 'fp', 'fn', 'tn'].map((c) => num(page, c)));
}

test('scikit-learn example from the link: counts, precision, recall, AUC .75, AP .8333', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'threshold', 'scores=0.1,0.4,0.35,0.8&labels=0,0,1,1&threshold=0.5');
	expect(await counts(page)).toEqual([1, 0, 1, 2]);
	expect(await grid(page, 'confusion')).toEqual([
		[2, 0],
		[1, 1]
	]);
	expect(await num(page, 'precision')).toBe(1);
	expect(await num(page, 'recall')).toBe(0.5);
	expect(await num(page, 'roc-auc')).toBeCloseTo(0.75, 12);
	expect(await num(page, 'average-precision')).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
	expectClean();
});

test('a score equal to the threshold is flagged; ties count half in the AUC', async ({ page }) => {
	await openEmbed(page, 'threshold', 'scores=0.9,0.8,0.8,0.3&labels=1,0,1,0&threshold=0.8');
	expect(await counts(page)).toEqual([2, 1, 0, 1]);
	expect(await num(page, 'roc-auc')).toBeCloseTo(3.5 / 4, 12);
	expect(await num(page, 'average-precision')).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
	expect(await num(page, 'precision')).toBeCloseTo(2 / 3, 12);
});

test('with nothing flagged, precision is undefined and says why', async ({ page, expectClean }) => {
	await openEmbed(page, 'threshold', 'scores=0.2,0.6&labels=0,1&threshold=0.9');
	expect(await readout(page, 'precision')).toBe('');
	await expect(page.locator('[data-metric="precision"]')).toContainText('flagged nothing');
	expect(await readout(page, 'recall')).toBe('0');
	expectClean();
});

test('the slider moves the threshold: recall never falls as it falls', async ({ page, expectClean }) => {
	await openEmbed(page, 'threshold', 'threshold=0.9');
	const slider = page.getByRole('slider', { name: /Threshold/ });
	let last = await num(page, 'recall');
	for (let i = 0; i < 8; i++) {
		await slider.press('PageDown');
		const r = await num(page, 'recall');
		expect(r).toBeGreaterThanOrEqual(last);
		last = r;
	}
	expect(last).toBe(1);
	expect(await num(page, 'roc-auc')).toBeGreaterThan(0.5);
	expectClean();
});

test('dragging on the score plot and picking on the curves move the threshold', async ({ page }) => {
	await openEmbed(page, 'threshold', 'scores=0.1,0.3,0.5,0.7,0.9&labels=0,0,1,0,1&threshold=0.5');
	const plot = page.getByRole('img', { name: /Scores of 5 parts/ });
	const box = (await plot.boundingBox())!;
	// the axis spans 14…546 of a 560-wide viewBox: x = 0.95 is near the right edge
	await page.mouse.click(box.x + box.width * ((14 + 0.95 * 532) / 560), box.y + box.height / 2);
	expect(await counts(page)).toEqual([0, 0, 2, 3]);
	// the ROC operating point is a slider: arrow keys step along the curve
	const roc = page.getByRole('slider', { name: 'ROC curve' });
	await roc.focus();
	await roc.press('ArrowRight');
	expect(await counts(page)).toEqual([1, 0, 1, 3]);
	await roc.press('ArrowRight');
	expect(await counts(page)).toEqual([1, 1, 1, 2]);
	const pr = page.getByRole('slider', { name: 'Precision-recall curve' });
	await pr.press('ArrowRight');
	expect(await counts(page)).toEqual([2, 1, 0, 2]);
});

test('clicking a cell lists the parts in it', async ({ page }) => {
	await openEmbed(page, 'threshold', 'scores=0.1,0.3,0.5,0.7,0.9&labels=0,1,1,0,1&threshold=0.6');
	await page.getByRole('button', { name: /examples in FN/ }).click();
	const list = page.locator('[data-examples="fn"] li');
	await expect(list).toHaveCount(2);
	await expect(list.first()).toContainText('Part #3: score 0.5, actually defective');
	await page.getByRole('button', { name: /examples in FP/ }).click();
	await expect(page.locator('[data-examples="fp"] li')).toHaveText(['Part #4: score 0.7, actually OK']);
});

test('cost setting marks the cheapest threshold and moves there', async ({ page, expectClean }) => {
	await openEmbed(
		page,
		'threshold',
		'scores=0.9,0.7,0.6,0.4,0.3,0.2&labels=1,0,1,0,1,0&threshold=0.95&cost=10'
	);
	expect(await readout(page, 'cheapest-threshold')).toBe('0.3');
	expect(await num(page, 'cost')).toBe(30);
	await expect(page.getByText('Cheapest threshold: 0.3')).toBeVisible();
	// The readouts carry their number on screen, not in a hidden element.
	await expect(page.locator('output[name="cheapest-threshold"]')).toBeVisible();
	await expect(page.locator('output[name="cheapest-threshold"]')).toHaveText('0.3');
	const cheapestCost = page.locator('output[name="cheapest-cost"]');
	await expect(cheapestCost).toBeVisible();
	await expect(cheapestCost).toHaveText(String(await readout(page, 'cheapest-cost')));
	await page.getByRole('button', { name: 'Move to the cheapest threshold' }).click();
	expect(await counts(page)).toEqual([3, 2, 0, 1]);
	expect(await num(page, 'cost')).toBe(2);
	const cost = page.getByRole('textbox', { name: /costs as much as/ });
	await cost.fill('1');
	await cost.press('Enter');
	expect(await readout(page, 'cheapest-threshold')).toBe('0.9');
	await cost.fill('-4');
	await cost.press('Enter');
	await expect(page.getByText('The cost must be a number from 0 to 1000. Keeping 1.')).toBeVisible();
	expectClean();
});

test('bad links: unequal lists, one list alone, labels not 0/1, scores out of range', async ({ page }) => {
	await openEmbed(page, 'threshold', 'scores=0.1,0.2,0.3&labels=0,1');
	await expect(page.getByText('gives 3 scores but 2 labels')).toBeVisible();
	expect((await counts(page)).reduce((a, b) => a + b)).toBe(100); // built-in castings set
	await openEmbed(page, 'threshold', 'scores=0.1,0.2');
	await expect(page.getByText('gives “scores” but not “labels”')).toBeVisible();
	await openEmbed(page, 'threshold', 'scores=0.1,0.2&labels=0,2');
	await expect(page.getByText('In “labels”, value 2 is 2; labels must be 0 (OK) or 1')).toBeVisible();
	await openEmbed(page, 'threshold', 'scores=-0.5,1.7&labels=0,1&threshold=3');
	await expect(page.getByRole('status').filter({ hasText: '“scores”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“threshold”' })).toBeVisible();
	expect(await counts(page)).toEqual([1, 0, 0, 1]);
	expect(await num(page, 'roc-auc')).toBe(1);
	await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
});

test('a single class: AUC and AP undefined with the reason, no NaN', async ({ page, expectClean }) => {
	await openEmbed(page, 'threshold', 'scores=0.2,0.5,0.9&labels=0,0,0');
	expect(await readout(page, 'roc-auc')).toBe('');
	expect(await readout(page, 'average-precision')).toBe('');
	expect(await readout(page, 'recall')).toBe('');
	await expect(page.getByText('the data has no defective parts').first()).toBeVisible();
	await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
	expectClean();
});

test('Share keeps linked data, the threshold and the cost', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'threshold', 'scores=0.1,0.4,0.35,0.8&labels=0,0,1,1');
	await page.getByRole('slider', { name: /Threshold/ }).fill('0.3');
	await page.getByRole('button', { name: 'Share' }).click();
	const link = (await page.locator('[data-share-link]').first().getAttribute('href'))!;
	expect(link).toMatch(/\/embed\/threshold\/\?scores=0\.1,0\.4,0\.35,0\.8&labels=0,0,1,1&threshold=0\.3$/);
	await page.goto(link);
	expect(await counts(page)).toEqual([2, 1, 0, 1]);
	await page.getByLabel('Example data').selectOption('rare-defects');
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.locator('[data-share-link]').first()).toHaveAttribute(
		'href',
		/\?set=rare-defects&threshold=0\.3$/
	);
});
