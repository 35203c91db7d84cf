// The confusion-matrix widget: worked examples, typed and stepped counts, flip, bad input.
import { test, expect, openEmbed, readout, grid } from './fixtures';
import type { Page } from '@playwright/test';

async function num(page: Page, name: string) {
	return Number(await readout(page, name));
}
async function noNaN(page: Page) {
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/NaN|Infinity/);
}

test('default is the worked example 86/58/75/93, as a grid and every metric', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'confusion-matrix');
	// rows actual (OK, defective), columns predicted (OK, defective)
	expect(await grid(page, 'confusion')).toEqual([
		[86, 75],
		[58, 93]
	]);
	expect(await num(page, 'accuracy')).toBeCloseTo(179 / 312, 12);
	expect(await num(page, 'precision')).toBeCloseTo(93 / 168, 12);
	expect(await num(page, 'recall')).toBeCloseTo(93 / 151, 12);
	expect(await num(page, 'specificity')).toBeCloseTo(86 / 161, 12);
	expect(await num(page, 'f1')).toBeCloseTo(186 / 319, 12);
	// the formula is filled in with the numbers, as MathML
	const filled = page.locator('[data-metric="precision"] math').nth(1);
	await expect(filled.locator('mfrac > mn')).toHaveText('93');
	await expect(filled.locator('mfrac > mrow')).toHaveText(/93\s*\+\s*75/);
	await expect(page.locator('output[name="precision"]')).toHaveText('0.554');
	expectClean();
});

test('covid example from the link: accuracy .97, recall .5, precision 1/3; flip swaps roles', async ({
	page
}) => {
	await openEmbed(page, 'confusion-matrix', 'tp=1&fp=2&fn=1&tn=96&positive=covid&negative=healthy');
	expect(await num(page, 'accuracy')).toBeCloseTo(0.97, 12);
	expect(await num(page, 'recall')).toBe(0.5);
	expect(await num(page, 'precision')).toBeCloseTo(1 / 3, 12);
	await expect(page.locator('table[data-grid="confusion"] thead')).toContainText('covid');
	await page.getByRole('button', { name: /Flip the positive class/ }).click();
	// healthy is now positive: TP 96, FP 1, FN 2, TN 1
	expect(await grid(page, 'confusion')).toEqual([
		[1, 1],
		[2, 96]
	]);
	expect(await num(page, 'recall')).toBeCloseTo(96 / 98, 12);
	expect(await num(page, 'precision')).toBeCloseTo(96 / 97, 12);
	expect(await num(page, 'specificity')).toBe(0.5);
	expect(await num(page, 'accuracy')).toBeCloseTo(0.97, 12);
	await expect(
		page.getByRole('status').filter({ hasText: 'Now “healthy” is the positive class' })
	).toBeVisible();
});

test('undefined metrics have an empty data-value and say why; never NaN', async ({ page, expectClean }) => {
	await openEmbed(page, 'confusion-matrix', 'tp=0&fp=0&fn=4&tn=6');
	expect(await readout(page, 'precision')).toBe('');
	await expect(page.locator('[data-metric="precision"]')).toContainText('flagged nothing');
	expect(await readout(page, 'recall')).toBe('0');
	expect(await readout(page, 'f1')).toBe('0');
	await openEmbed(page, 'confusion-matrix', 'tp=0&fp=0&fn=0&tn=0');
	for (const m of ['accuracy', 'precision', 'recall', 'specificity', 'f1'])
		expect(await readout(page, m), m).toBe('');
	await expect(page.locator('[data-metric="accuracy"]')).toContainText('no examples at all');
	await noNaN(page);
	expectClean();
});

test('typing counts: good values update live, bad ones are explained and the last good kept', async ({
	page
}) => {
	await openEmbed(page, 'confusion-matrix');
	const tp = page.getByRole('textbox', { name: /^TP \(true positive\)/ });
	await tp.fill('-3');
	await expect(page.getByRole('status').filter({ hasText: 'negative' })).toBeVisible();
	expect(await num(page, 'recall')).toBeCloseTo(93 / 151, 12);
	await tp.fill('2.5');
	await expect(page.getByText('is not a whole number')).toBeVisible();
	await tp.fill('abc');
	await expect(page.getByText('“abc” is not a number')).toBeVisible();
	await tp.fill('99999999');
	await expect(page.getByText('is more than 1000000')).toBeVisible();
	expect(await num(page, 'recall')).toBeCloseTo(93 / 151, 12);
	await tp.fill('42');
	expect(await num(page, 'recall')).toBeCloseTo(42 / 100, 12);
	await expect(page.getByText('is not a whole number')).toHaveCount(0);
	await noNaN(page);
});

test('buttons and keys step the counts', async ({ page }) => {
	await openEmbed(page, 'confusion-matrix', 'tp=10&fp=0&fn=10&tn=10');
	await page.getByRole('button', { name: 'One more TP' }).click();
	expect(await grid(page, 'confusion')).toEqual([
		[10, 0],
		[10, 11]
	]);
	const fp = page.getByRole('textbox', { name: /^FP/ });
	await fp.press('ArrowDown'); // stays at 0
	await fp.press('PageUp');
	await fp.press('ArrowUp');
	expect(await readout(page, 'precision')).toBe(String(11 / 22));
	await page.getByRole('button', { name: 'One fewer FN' }).click();
	expect(await num(page, 'recall')).toBeCloseTo(11 / 20, 12);
});

test('bad link values: clamped or refused with a message naming the parameter', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'confusion-matrix', 'tp=-5&fp=2.5&fn=5000000&tn=x');
	await expect(page.getByRole('status').filter({ hasText: '“tp”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“fp”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“fn”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“tn”' })).toBeVisible();
	// tp clamped to 0, fp and tn back to defaults, fn clamped to the maximum
	expect(await grid(page, 'confusion')).toEqual([
		[86, 75],
		[1000000, 0]
	]);
	expect(await readout(page, 'precision')).toBe('0');
	await noNaN(page);
	expectClean();
});

test('Share gives a link to the current state', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'confusion-matrix');
	await page.getByRole('textbox', { name: /^TN/ }).fill('7');
	await page.getByRole('button', { name: /Flip the positive class/ }).click();
	await page.getByRole('button', { name: 'Share' }).click();
	const link = (await page.locator('[data-share-link]').first().getAttribute('href'))!;
	expect(link).toContain('/embed/confusion-matrix/?tp=7&fp=58&fn=75&tn=93&positive=OK&negative=defective');
	await page.goto(link);
	expect(await grid(page, 'confusion')).toEqual([
		[93, 58],
		[75, 7]
	]);
});

test('the lesson shows both widgets and its worked numbers', async ({ page, expectClean }) => {
	await page.goto('/lessons/classification-metrics/');
	await expect(page.locator('[data-widget="confusion-matrix"]')).toHaveCount(2);
	// One leading the lesson (issue 14) and two in the prose; the quiz's widget task adds one more
	// inside the quiz form.
	await expect(page.locator('[data-widget="threshold"]:not(form[data-quiz] *)')).toHaveCount(3);
	const covid = page.locator('[data-widget="confusion-matrix"]').nth(1);
	expect(Number(await covid.locator('output[name="accuracy"]').getAttribute('data-value'))).toBeCloseTo(
		0.97,
		12
	);
	await expect(page.locator('form[data-quiz="classification-metrics"]')).toBeVisible();
	await page.waitForLoadState('networkidle');
	expectClean();
});

test('lesson quiz: answers worked out from the prompts are graded right', async ({ page }) => {
	await page.goto('/lessons/classification-metrics/');
	const quiz = page.locator('form[data-quiz="classification-metrics"]');
	const recallQ = quiz.locator('[data-question="recall-precision"]');
	const text = await recallQ.locator('legend').innerText();
	const [tp, fp, fn] = text
		.match(/TP = (\d+), FP = (\d+), FN = (\d+)/)!
		.slice(1)
		.map(Number);
	// The question asks for recall or precision, depending on the variant.
	await recallQ.getByRole('textbox').fill(String(text.includes('recall?') ? tp / (tp + fn) : tp / (tp + fp)));
	const lazy = quiz.locator('[data-question="lazy-model"]');
	const l = (await lazy.locator('legend').innerText()).match(
		/Of (\d+) castings, (\d+) (?:is|are) defective/
	)!;
	await lazy.getByRole('textbox').fill(String((Number(l[1]) - Number(l[2])) / Number(l[1])));
	// Each scenario says what the positive class is: a false alarm (spam, fraud) or a miss.
	const which = quiz.locator('[data-question="which-metric"]');
	const alarm = /positive = (spam|fraud)/.test(await which.locator('legend').innerText());
	await which
		.getByLabel(alarm ? 'A false positive; favour precision' : 'A false negative; favour recall')
		.check();
	const down = quiz.locator('[data-question="threshold-down"]');
	const asked = await down.locator('legend').innerText();
	await down
		.getByLabel(
			asked.includes('precision')
				? 'It can go either way'
				: asked.includes('lower')
					? 'It rises or stays the same; it can never fall'
					: 'It falls or stays the same; it can never rise'
		)
		.check();
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	for (const id of ['recall-precision', 'lazy-model', 'which-metric', 'threshold-down'])
		await expect(quiz.locator(`[data-question="${id}"]`)).toHaveAttribute('data-verdict', 'right');
	await expect(quiz.locator('[data-question="auc-ties"]')).toHaveAttribute('data-verdict', 'empty');
});

test('a tiny or nearly perfect metric never reads as 0 or 1 on screen', async ({ page }) => {
	// recall 1 / 1,000,000 caught one defect, which "0" would deny; precision 999,999/1,000,000 is not perfect
	await openEmbed(page, 'confusion-matrix', 'tp=1&fp=0&fn=999999&tn=5');
	await expect(page.locator('output[name="recall"]')).toHaveText('0.000001');
	await openEmbed(page, 'confusion-matrix', 'tp=999999&fp=1&fn=0&tn=5');
	await expect(page.locator('output[name="precision"]')).toHaveText('0.999999');
	await expect(page.locator('output[name="recall"]')).toHaveText('1');
});
