// Quiz tasks done in a widget: the quiz reads the widget's readouts when the learner checks.
import { test, expect } from './fixtures';

test('metrics quiz: moving the threshold down until recall is high enough is right', async ({ page }) => {
	await page.goto('/lessons/classification-metrics/');
	const q = page.locator('fieldset[data-question="reach-recall"]');
	const quiz = page.locator('form[data-quiz="classification-metrics"]');
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'empty');
	const slider = q.locator('[data-task-widget="threshold"] input[type="range"]').first();
	await slider.fill('0.5');
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	const want = Number(/at least ([\d.]+)/.exec(await q.locator(':scope > legend').innerText())![1]);
	const recall = Number(await q.locator('output[name="recall"]').first().getAttribute('data-value'));
	await expect(q).toHaveAttribute('data-verdict', recall >= want ? 'right' : 'wrong');
	await slider.fill('0');
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'right');
});

test('convolution quiz: setting stride and padding to the asked size is right, another is wrong', async ({
	page
}) => {
	await page.goto('/lessons/convolution/');
	const q = page.locator('fieldset[data-question="set-output-size"]');
	const quiz = page.locator('form[data-quiz="convolution"]');
	const want = Number(/output is (\d+)×/.exec(await q.locator(':scope > legend').innerText())![1]);
	// Find stride and padding by the formula, written here independently of src/lib/math.
	let pick: [number, number] | null = null;
	for (const s of [1, 2, 3, 4])
		for (const p of [0, 1, 2, 3]) if (!pick && Math.floor((8 + 2 * p - 3) / s) + 1 === want) pick = [s, p];
	const task = q.locator('[data-task-widget="convolution"]');
	const set = async (label: string, value: number) => {
		const box = task.getByLabel(`${label} (exact value)`);
		await box.fill(String(value));
		await box.press('Enter');
	};
	await set('Stride', pick![0]);
	await set('Padding', pick![1]);
	await expect(task.locator('output[name="output-height"]')).toHaveAttribute('data-value', String(want));
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'right');
	await set('Padding', pick![1] + 3);
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'wrong');
});
