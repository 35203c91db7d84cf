// Answers to the age-of-ai quiz, worked out from what the page shows (as tests/quiz.spec.ts does),
// for a quiz on a lesson page, in an embed or inside a frame.
import { expect, type Locator } from '@playwright/test';

export type Root = { locator(selector: string): Locator };

const REGRESSION = ['temperature', 'millimetres', 'price', 'minutes'];

/** The right place of a system in AI ⊃ ML ⊃ DL, from the variant's prompt (as tests/quiz.spec.ts). */
export function nestingAnswer(prompt: string): string | RegExp {
	if (prompt.includes('related')) return 'DL is part of ML, and ML is part of AI';
	if (/by hand|fixed algorithm/.test(prompt)) return 'AI, but not machine learning';
	if (/many layers|many-layer/.test(prompt)) return 'Deep learning, so also machine learning and AI';
	return /^Machine learning \(so AI\)/;
}

async function setField(field: Locator, value: string) {
	await field.fill(value);
	await field.press('Enter');
}

/**
 * Answer the age-of-ai quiz (seed 0's five questions): every question right, except
 * `linear-prediction` when `wrongPrediction` (then 4 of 5, exactly the course's 80%).
 */
export async function answerAgeOfAi(root: Root, { wrongPrediction = false } = {}) {
	const q = (id: string) => root.locator(`fieldset[data-question="${id}"]`);
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
	const legend = await q('linear-prediction').locator(':scope > legend').innerText();
	const [w1, w2, b, x1, x2] = [...legend.matchAll(/= (-?[\d.]+)/g)].map((m) => Number(m[1]));
	const answer = w1 * x1 + w2 * x2 + b;
	await q('linear-prediction')
		.getByLabel('Your answer')
		.fill(wrongPrediction ? String(answer + 1000) : String(answer));
	const task = q('set-the-model').locator('[data-task-widget="linear-model"]');
	const taskLegend = await q('set-the-model').locator(':scope > legend').innerText();
	const target = Number(/ŷ = (-?\d+)/.exec(taskLegend)![1]);
	const x = Number(/keep x = (\d+)/.exec(taskLegend)![1]);
	await setField(task.getByLabel('Weight w (exact value)'), '1');
	await setField(task.getByLabel('Bias b (exact value)'), String(target - x));
	await expect(task.locator('output[name="prediction"]')).toHaveAttribute('data-value', String(target));
}

export const AGE_OF_AI_IDS = [
	'nesting',
	'learning-from-data',
	'regression-or-classification',
	'linear-prediction',
	'set-the-model'
];
