// The training lab under faults (issue 17): a model.json that is not JSON or whose weight shapes
// do not fit, a worker that dies mid-training, and .wasm requests that never arrive. In each case
// the lab says what happened, naming the file where there is one, and keeps working.
import { test, expect, openEmbed, readout } from './fixtures';
import { generateImage } from '../src/lib/lab/dataset/generate';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { encodePng, writeFolder } from './lab-png';

test.describe.configure({ timeout: 240_000 });

const SMALL = 'epochs=2&seed=3&size=24&count=80';
const status = (page: import('@playwright/test').Page) => page.locator('output[name="status"]');

async function waitDone(page: import('@playwright/test').Page) {
	await expect(status(page)).toHaveAttribute('data-value', 'done', { timeout: 200_000 });
}

test('a model.json that is not JSON, or whose weight shapes do not fit, is refused by name and Train still works', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'training-lab', `${SMALL}&autostart=1`);
	await waitDone(page);
	const accuracy = await readout(page, 'test-accuracy');
	const downloads: import('@playwright/test').Download[] = [];
	page.on('download', (d) => downloads.push(d));
	await page.getByRole('button', { name: 'Download the model (TF.js layers format)' }).click();
	await expect.poll(() => downloads.length).toBe(2);
	const dir = writeFolder([]);
	for (const d of downloads) await d.saveAs(join(dir, d.suggestedFilename()));
	const bin = join(dir, 'casting-model.weights.bin');
	const good = JSON.parse(readFileSync(join(dir, 'casting-model.json'), 'utf8'));

	const input = page.getByLabel('Load a model (model.json and its .bin weights)');
	const problem = page.getByRole('alert').filter({ hasText: 'The current model is kept' });

	// not JSON at all, with a good .bin beside it
	writeFileSync(join(dir, 'model.json'), '<html>this is not a model</html>');
	await input.setInputFiles([join(dir, 'model.json'), bin]);
	await expect(problem).toContainText('model.json is not JSON', { timeout: 30_000 });
	expect(await readout(page, 'test-accuracy')).toBe(accuracy);

	// JSON, with as many weights as the .bin holds, in a shape the first layer cannot take
	const bad = structuredClone(good);
	const kernel = bad.weightsManifest[0].weights[0];
	kernel.shape = [...kernel.shape].reverse();
	writeFileSync(join(dir, 'reshaped.json'), JSON.stringify(bad));
	await input.setInputFiles([join(dir, 'reshaped.json'), bin]);
	await expect(problem).toContainText('The weights listed in reshaped.json do not fit its layers', {
		timeout: 30_000
	});
	expect(await readout(page, 'test-accuracy')).toBe(accuracy);

	// the lab is not stuck: training runs to the end again
	// (three epochs this time, so the run seen to end is a new one)
	await page.getByRole('spinbutton', { name: 'Epochs' }).fill('3');
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(page.locator('output[name="epoch"]')).toHaveAttribute('data-value', '3', { timeout: 200_000 });
	await waitDone(page);
	expectClean();
});

function folder(n: number) {
	return writeFolder(
		Array.from({ length: n }, (_, i) => {
			const img = generateImage(11, i, 24);
			return {
				path: `parts/${img.label ? 'def_front' : 'ok_front'}/cast_${i}.png`,
				data: encodePng(img.pixels, 24, 24)
			};
		})
	);
}

async function killTest(
	page: import('@playwright/test').Page,
	kill: (w: import('@playwright/test').Worker) => Promise<unknown>
) {
	let worker: import('@playwright/test').Worker | null = null;
	page.on('worker', (w) => (worker = w));
	await openEmbed(page, 'training-lab', 'epochs=100&seed=3&size=24&count=80');
	await expect(page.locator('[data-dataset="built-in"]')).toBeVisible({ timeout: 60_000 });
	await page.getByLabel('Load your own dataset').setInputFiles(folder(30));
	await expect(page.locator('[data-dataset="upload"]')).toBeVisible({ timeout: 60_000 });
	const counts = [await readout(page, 'train-count'), await readout(page, 'test-count')];
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(page.locator('output[name="epoch"]')).not.toHaveAttribute('data-value', '0', {
		timeout: 60_000
	});
	const first = worker!;
	await kill(first);
	await expect(page.getByRole('alert').filter({ hasText: 'worker stopped during training' })).toBeVisible({
		timeout: 90_000
	});
	// a new worker, holding the same uploaded data
	await expect.poll(() => worker !== first, { timeout: 30_000 }).toBe(true);
	await expect(status(page)).toHaveAttribute('data-value', 'idle');
	await expect(page.locator('[data-dataset="upload"]')).toBeVisible({ timeout: 60_000 });
	expect([await readout(page, 'train-count'), await readout(page, 'test-count')]).toEqual(counts);
	await page.getByRole('spinbutton', { name: 'Epochs' }).fill('1');
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await waitDone(page);
	expect(await readout(page, 'epoch')).toBe('1');
}

test('a worker that crashes mid-training is restarted with the uploaded data kept', async ({ page }) => {
	await killTest(page, (w) =>
		w.evaluate(() => {
			setTimeout(() => {
				throw new Error('simulated crash');
			});
		})
	);
});

test('a worker that goes silent mid-training is taken for dead and restarted', async ({ page }) => {
	// what the browser does to a worker that ran out of memory: it stops, and says nothing
	await killTest(page, (w) =>
		w.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => {})
	);
});

test('blocked .wasm requests fall back to the plain CPU backend, with a message, and training works', async ({
	page,
	expectClean
}) => {
	const blocked: string[] = [];
	await page.context().route(/\.wasm(\?|$)/, (route) => {
		blocked.push(route.request().url());
		return route.abort('blockedbyclient');
	});
	await openEmbed(page, 'training-lab', `${SMALL}&backend=fast-cpu&autostart=1`);
	await expect(page.locator('output[name="backend"]')).toHaveAttribute('data-value', 'cpu', {
		timeout: 60_000
	});
	await expect(page.getByRole('status').filter({ hasText: 'could not start' })).toContainText(
		'Fast CPU (WebAssembly)'
	);
	expect(blocked.length).toBeGreaterThan(0);
	await waitDone(page);
	expect(await readout(page, 'epoch')).toBe('2');
	void expectClean;
});
