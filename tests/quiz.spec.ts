// The quiz: answered right and wrong, feedback at once with why and where to read, a question
// left empty says so, comma decimals accepted, widget tasks checked from the widget's readouts.
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const REGRESSION = ['temperature', 'millimetres', 'price', 'minutes'];

/** The right place of a system in AI ⊃ ML ⊃ DL, from the variant's prompt. */
function nestingAnswer(prompt: string): string | RegExp {
	if (prompt.includes('related')) return 'DL is part of ML, and ML is part of AI';
	if (/by hand|fixed algorithm/.test(prompt)) return 'AI, but not machine learning';
	if (/many layers|many-layer/.test(prompt)) return 'Deep learning, so also machine learning and AI';
	return /^Machine learning \(so AI\)/;
}

async function setField(field: Locator, value: string) {
	await field.fill(value);
	await field.press('Enter');
}

/** The numbers after "=" in a prompt, in order (w₁, w₂, b, x₁, x₂ for the linear model). */
async function numbersIn(page: Page, id: string): Promise<number[]> {
	const text = await page.locator(`fieldset[data-question="${id}"] > legend`).innerText();
	return [...text.matchAll(/= (-?[\d.]+)/g)].map((m) => Number(m[1]));
}

async function answerAgeOfAiRight(page: Page) {
	const q = (id: string) => page.locator(`fieldset[data-question="${id}"]`);
	const nesting = await q('nesting').locator(':scope > legend').innerText();
	await q('nesting').getByLabel(nestingAnswer(nesting)).check();
	const ml = (await q('learning-from-data').locator(':scope > legend').innerText()).includes(
		'machine learning'
	);
	await q('learning-from-data')
		.getByLabel(ml ? /Data and the answers/ : /Data and the rules/)
		.check();
	const prompt = await q('regression-or-classification').locator(':scope > legend').innerText();
	const kind = REGRESSION.some((w) => prompt.includes(w)) ? 'Regression' : 'Classification';
	await q('regression-or-classification').getByLabel(kind, { exact: true }).check();
	const [w1, w2, b, x1, x2] = await numbersIn(page, 'linear-prediction');
	const answer = w1 * x1 + w2 * x2 + b;
	// A comma decimal is read as a decimal point.
	await q('linear-prediction')
		.getByLabel('Your answer')
		.fill(String(answer.toFixed(2)).replace('.', ','));
	// Widget task: weight 1 and bias = target − x gives ŷ = target.
	const legend = await q('set-the-model').locator(':scope > legend').innerText();
	const target = Number(/ŷ = (-?\d+)/.exec(legend)![1]);
	const x = Number(/keep x = (\d+)/.exec(legend)![1]);
	const task = q('set-the-model').locator('[data-task-widget="linear-model"]');
	await setField(task.getByLabel('Weight w (exact value)'), '1');
	await setField(task.getByLabel('Bias b (exact value)'), String(target - x));
	await expect(task.locator('output[name="prediction"]')).toHaveAttribute('data-value', String(target));
}

test('age-of-ai quiz answered right: every question right, score and best recorded', async ({
	page,
	expectClean
}) => {
	await page.goto('/lessons/age-of-ai/');
	const form = page.locator('form[data-quiz="age-of-ai"]');
	await expect(form.locator(':scope > fieldset')).toHaveCount(5);
	await answerAgeOfAiRight(page);
	await form.getByRole('button', { name: 'Check answers' }).click();
	for (const id of [
		'nesting',
		'learning-from-data',
		'regression-or-classification',
		'linear-prediction',
		'set-the-model'
	])
		await expect(form.locator(`fieldset[data-question="${id}"]`)).toHaveAttribute('data-verdict', 'right');
	await expect(form.locator('output[name="quiz-score"]')).toHaveAttribute('data-value', '5');
	await expect(form.locator('fieldset[data-question="set-the-model"] .feedback')).toContainText('as asked');
	await expect(form.getByText('Lesson completed.')).toBeVisible();
	expectClean();
});

test('age-of-ai quiz answered wrong and empty: says why and links to the lesson section', async ({
	page,
	expectClean
}) => {
	await page.goto('/lessons/age-of-ai/');
	const form = page.locator('form[data-quiz="age-of-ai"]');
	const q = (id: string) => form.locator(`fieldset[data-question="${id}"]`);
	await q('nesting').getByLabel('AI is part of ML, and ML is part of DL').check();
	await q('linear-prediction').getByLabel('Your answer').fill('100000');
	// A widget task the learner moved but not to the target (Enter in its field does not check the quiz).
	await setField(q('set-the-model').getByLabel('Weight w (exact value)'), '2');
	await setField(q('set-the-model').getByLabel('Bias b (exact value)'), '30');
	await expect(q('set-the-model')).toHaveAttribute('data-verdict', '');
	await form.getByRole('button', { name: 'Check answers' }).click();

	await expect(q('nesting')).toHaveAttribute('data-verdict', 'wrong');
	await expect(q('nesting').locator('.feedback')).toContainText('Not quite.');
	await expect(q('nesting').locator('.feedback')).toContainText('It is the other way round');
	const link = q('nesting').getByRole('link', { name: /Read the part of the lesson/ });
	await expect(link).toHaveAttribute('href', '#ai-machine-learning-and-deep-learning');
	await expect(page.locator('#ai-machine-learning-and-deep-learning')).toHaveCount(1);

	await expect(q('linear-prediction')).toHaveAttribute('data-verdict', 'wrong');
	await expect(q('linear-prediction').locator('.feedback')).toContainText('ŷ = w₁x₁ + w₂x₂ + b');
	await expect(q('learning-from-data')).toHaveAttribute('data-verdict', 'empty');
	await expect(q('learning-from-data').locator('.feedback')).toContainText(
		'You have not answered this one yet.'
	);
	await expect(q('set-the-model')).toHaveAttribute('data-verdict', 'wrong');
	const x = Number(
		/keep x = (\d+)/.exec(await q('set-the-model').locator(':scope > legend').innerText())![1]
	);
	await expect(q('set-the-model').locator('.feedback')).toContainText(`ŷ is ${2 * x + 30}; it should be`);
	await expect(q('set-the-model').locator('.feedback')).toContainText(`x is ${x}, as asked.`);
	await expect(form.locator('output[name="quiz-score"]')).toHaveAttribute('data-value', '0');

	// Unreadable text is not marked wrong; an untouched widget task says so.
	await q('linear-prediction').getByLabel('Your answer').fill('about six');
	await form.getByRole('button', { name: 'Try another set' }).click();
	await expect(q('nesting')).toHaveAttribute('data-verdict', '');
	await q('linear-prediction').getByLabel('Your answer').fill('six');
	await form.getByRole('button', { name: 'Check answers' }).click();
	await expect(q('linear-prediction')).toHaveAttribute('data-verdict', 'unreadable');
	await expect(q('set-the-model')).toHaveAttribute('data-verdict', 'empty');
	await expect(q('set-the-model').locator('.feedback')).toContainText('You have not changed the widget yet');
	expectClean();
});

test('environments quiz: the multiple-choice question follows the environment asked about', async ({
	page
}) => {
	await page.goto('/lessons/environments/');
	const form = page.locator('form[data-quiz="environments"]');
	const q = form.locator('fieldset[data-question="what-it-has"]');
	const prompt = await q.locator(':scope > legend').innerText();
	// The packages the command lists decide it: none, python, or python and ipykernel.
	if (!prompt.includes('python=')) await q.getByLabel(/none of these/).check();
	else {
		await q.getByLabel(/its own Python/).check();
		await q.getByLabel(/pip, to install/).check();
		if (prompt.includes('ipykernel')) await q.getByLabel(/ipykernel, which/).check();
	}
	await form
		.locator('fieldset[data-question="base"]')
		.getByLabel(/Into base, so every project/)
		.check();
	await form.getByRole('button', { name: 'Check answers' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'right');
	await expect(form.locator('fieldset[data-question="base"] .feedback')).toContainText(
		'a broken base can break conda'
	);
});
