// Lesson 5's quiz on the Indonesian page: the words are Indonesian, numbers are read and written
// with a decimal comma, and the threshold task is graded from the widget's readout as in English.
import { test, expect } from './fixtures';

const PATH = '/id/lessons/classification-metrics/';

test('id metrics quiz: the threshold task asks in Indonesian and is graded from the widget', async ({
	page
}) => {
	await page.goto(PATH);
	const q = page.locator('fieldset[data-question="reach-recall"]');
	const quiz = page.locator('form[data-quiz="classification-metrics"]');
	const legend = await q.locator(':scope > legend').innerText();
	expect(legend).toContain('Geser threshold sampai recall-nya paling sedikit');
	const want = Number(/paling sedikit (\d+,\d+)/.exec(legend)![1].replace(',', '.'));
	expect(want).toBeGreaterThan(0);
	const slider = q.locator('[data-task-widget="threshold"] input[type="range"]').first();
	await slider.fill('0');
	await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'right');
	await slider.fill('1');
	await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'wrong');
});

test('id metrics quiz: an accuracy typed with a decimal comma is graded right', async ({ page }) => {
	await page.goto(PATH);
	const q = page.locator('fieldset[data-question="lazy-model"]');
	const quiz = page.locator('form[data-quiz="classification-metrics"]');
	const legend = await q.locator(':scope > legend').innerText();
	const [, total, sick] = /Dari (\d+) coran, (\d+) di antaranya cacat/.exec(legend)!.map(Number);
	// The lazy model is right on every OK part: worked out here, independently of the quiz.
	const answer = (total - sick) / total;
	await q.locator('input[type="text"]').fill(answer.toFixed(4).replace('.', ','));
	await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'right');
	await expect(q.locator('.feedback')).toContainText(`akurasi = ${total - sick} / ${total}`);
	await expect(q.locator('.feedback')).not.toContainText(/\d\.\d/);
	await q.locator('input[type="text"]').fill('0,5');
	await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
	await expect(q).toHaveAttribute('data-verdict', 'wrong');
});

test('the Indonesian confusion-matrix embed names its default classes in Indonesian', async ({
	page,
	expectClean
}) => {
	await page.goto('/id/embed/confusion-matrix/');
	const w = page.locator('[data-embed="confusion-matrix"][data-ready="true"]');
	await expect(w).toBeVisible();
	await expect(w.getByLabel('Kelas positif')).toHaveValue('cacat');
	await expect(w.getByLabel('Kelas negatif')).toHaveValue('OK');
	await page.goto('/embed/confusion-matrix/');
	await expect(page.getByLabel('Positive class')).toHaveValue('defective');
	expectClean();
});
