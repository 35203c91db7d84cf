// The public casting data set's full shape (7,348 images) loads into the lab from a folder and
// from a .zip, streamed in the worker, with a progress bar that counts (issue 12.5). The folder
// and the archive are generated here (tests/full-dataset.ts), never committed.
import { test, expect, openEmbed, readout } from './fixtures';
import { FULL_COUNT, FULL_SHAPE, writeFullFolder, writeFullZip } from './full-dataset';

test.describe.configure({ timeout: 300_000 });

async function loadAndCheck(page: import('@playwright/test').Page, load: () => Promise<void>) {
	await openEmbed(page, 'training-lab', 'size=64&count=40');
	await expect(page.locator('[data-dataset="built-in"]')).toBeVisible({ timeout: 60_000 });
	await load();
	// the bar counts the files as they are decoded
	const bar = page.locator('progress[max="7348"]');
	await expect(bar).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText(/Decoding images: \d+ of 7348/)).toBeVisible();
	await expect
		.poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 })
		.toBeGreaterThan(0);
	await expect(page.locator('[data-dataset="upload"]')).toBeVisible({ timeout: 240_000 });
	const train = FULL_SHAPE.train.def_front + FULL_SHAPE.train.ok_front;
	const test = FULL_SHAPE.test.def_front + FULL_SHAPE.test.ok_front;
	expect(Number(await readout(page, 'train-count'))).toBe(train);
	expect(Number(await readout(page, 'test-count'))).toBe(test);
	expect(train + test).toBe(FULL_COUNT);
	// the folders set the split, and the classes their counts
	const summary = page.locator('[data-dataset="upload"]');
	await expect(summary).toContainText(
		`${train} training images (${FULL_SHAPE.train.def_front} defective) and ${test} test images (${FULL_SHAPE.test.def_front} defective)`
	);
	await expect(summary).toContainText('The split comes from your train and test folders');
}

test('the full data set shape loads from a folder', async ({ page, expectClean }) => {
	const dir = writeFullFolder(32);
	await loadAndCheck(page, () => page.getByLabel('Load your own dataset').setInputFiles(dir));
	expectClean();
});

test('the full data set shape loads from a .zip', async ({ page, expectClean }) => {
	const zip = writeFullZip(32);
	await loadAndCheck(page, () => page.getByLabel('Or load a .zip of it').setInputFiles(zip));
	expectClean();
});
