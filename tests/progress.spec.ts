// Saved progress: visited and quiz best across reloads, corrupted and blocked storage, export/import.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, scanAxe } from './fixtures';
import type { Page } from '@playwright/test';

const KEY = 'cnn-lab-progress';

async function openCourse(page: Page) {
	await page.goto('/');
	await expect(page.locator('[data-progress-status]')).not.toHaveAttribute('data-progress-status', 'loading');
}

async function passEnvironmentsQuiz(page: Page) {
	await page.goto('/lessons/environments/');
	const form = page.locator('form[data-quiz="environments"]');
	const f = (id: string) => form.locator(`fieldset[data-question="${id}"]`);
	const prompt = await f('what-it-has').locator(':scope > legend').innerText();
	const has = f('what-it-has');
	if (!prompt.includes('python=')) await has.getByLabel(/none of these/).check();
	else {
		await has.getByLabel(/its own Python/).check();
		await has.getByLabel(/pip, to install/).check();
		if (prompt.includes('ipykernel')) await has.getByLabel(/ipykernel, which/).check();
	}
	await f('notebook-command')
		.getByLabel(/python=3.12 ipykernel/)
		.check();
	const scenario = await f('why-environments').locator(':scope > legend').innerText();
	const reason = /Upgrading|NumPy 2|course exercise/.test(scenario)
		? 'Isolation'
		: /colleague|reviewer|environment\.yml/.test(scenario)
			? 'Reproducibility'
			: 'Deployability';
	await f('why-environments').getByLabel(reason, { exact: true }).check();
	await f('base')
		.getByLabel(/Into a new environment/)
		.check();
	await form.getByRole('button', { name: 'Check answers' }).click();
	await expect(form.locator('output[name="quiz-score"]')).toHaveAttribute('data-value', '4');
}

test('visiting a lesson and passing its quiz are saved and survive a reload', async ({
	page,
	expectClean
}) => {
	await openCourse(page);
	await expect(page.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '0');
	await expect(page.locator('li[data-slug="age-of-ai"] [data-progress]')).toHaveAttribute(
		'data-progress',
		'none'
	);
	await page.goto('/lessons/age-of-ai/');
	await passEnvironmentsQuiz(page);
	await openCourse(page);
	await page.reload();
	await expect(page.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '1');
	await expect(page.locator('li[data-slug="environments"] [data-progress]')).toHaveAttribute(
		'data-progress',
		'completed'
	);
	await expect(page.locator('li[data-slug="environments"]')).toContainText('Quiz best: 4 of 4');
	await expect(page.locator('li[data-slug="age-of-ai"] [data-progress]')).toHaveAttribute(
		'data-progress',
		'visited'
	);
	expectClean();
});

test('corrupted saved progress: the site works, says it reset, and keeps the bad copy', async ({
	page,
	expectClean
}) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('corrupted')) {
			localStorage.setItem(key, '{"version": 2, "lessons": [oops');
			sessionStorage.setItem('corrupted', '1');
		}
	}, KEY);
	await openCourse(page);
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
	await expect(page.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '0');
	const kept = await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('cnn-lab-progress.unreadable.'))
			.map((k) => localStorage.getItem(k))
	);
	expect(kept).toEqual(['{"version": 2, "lessons": [oops']);
	// The site goes on working and saving.
	await passEnvironmentsQuiz(page);
	await openCourse(page);
	await expect(page.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '1');
	await expect(page.getByText('could not be read')).toHaveCount(0);
	expectClean();
});

test('blocked storage: the site works without saving and says so', async ({ page, expectClean }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await openCourse(page);
	await expect(page.getByText('does not let the site save anything')).toBeVisible();
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await scanAxe(page)).toEqual([]);
	await passEnvironmentsQuiz(page);
	await expect(page.getByText('does not let the site save anything')).toBeVisible();
	await expect(page.locator('form[data-quiz="environments"]')).toContainText('Quiz best: 4 of 4');
	expectClean();
});

test('export progress to a file and import it into a fresh browser', async ({
	page,
	browser,
	baseURL
}, info) => {
	await passEnvironmentsQuiz(page);
	await openCourse(page);
	const downloading = page.waitForEvent('download');
	// Export and import are folded under the compact progress line (issue 14).
	await page.getByText('Save or move your progress').click();
	await page.getByRole('button', { name: 'Export progress' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^cnn-lab-progress-.*\.json$/);
	const file = info.outputPath('progress.json');
	await download.saveAs(file);
	const saved = JSON.parse(readFileSync(file, 'utf8'));
	expect(saved.lessons.environments).toMatchObject({ best: 4, total: 4, completed: true });

	const context = await browser.newContext({ baseURL });
	const fresh = await context.newPage();
	await openCourse(fresh);
	await expect(fresh.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '0');
	await fresh.getByLabel('Import progress').setInputFiles(file);
	await expect(fresh.getByText('Imported progress for')).toBeVisible();
	await expect(fresh.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '1');
	await fresh.reload();
	await expect(fresh.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '1');

	// A file that is not progress: a clear message, nothing changed.
	const bad = info.outputPath('notes.json');
	writeFileSync(bad, JSON.stringify({ version: 2, lessons: { environments: { visited: 'yes' } } }));
	await fresh.getByLabel('Import progress').setInputFiles(bad);
	await expect(
		fresh.getByText('Could not import “notes.json”: the entry for “environments” is malformed')
	).toBeVisible();
	await expect(fresh.locator('output[name="lessons-completed"]')).toHaveAttribute('data-value', '1');
	await context.close();
});

test('corrupted progress found on a lesson page (with its quiz) is reported there', async ({
	page,
	expectClean
}) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('corrupted')) {
			localStorage.setItem(
				key,
				JSON.stringify({ version: 2, lessons: { environments: { visited: 'yes' } } })
			);
			sessionStorage.setItem('corrupted', '1');
		}
	}, KEY);
	await page.goto('/lessons/age-of-ai/');
	await expect(
		page.locator('article').getByRole('status').filter({ hasText: 'could not be read' })
	).toContainText('the entry for “environments” is malformed');
	const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('unreadable')));
	expect(keys).toHaveLength(1);
	expectClean();
});
