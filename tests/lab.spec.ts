// The training lab end to end: a small real training run on the built-in castings, readouts per
// the contract, a generated def_front/ok_front folder through "Load your own dataset", unseen
// images through "Test your own images", and hostile uploads.
import { test, expect, grid, openEmbed, readout } from './fixtures';
import { generateImage, heldOutPart } from '../src/lib/lab/dataset/generate';
import { join } from 'node:path';
import { encodePng, hugeHeaderPng, writeFolder } from './lab-png';

test.describe.configure({ timeout: 240_000 });

const SMALL = 'epochs=2&seed=3&size=24&count=80';

async function waitDone(page: import('@playwright/test').Page) {
	await expect(page.locator('output[name="status"]')).toHaveAttribute('data-value', 'done', {
		timeout: 200_000
	});
}

function casting(i: number, size = 40) {
	const img = generateImage(11, i, size);
	return { label: img.label, png: encodePng(img.pixels, size, size) };
}

test('trains a small model on the built-in castings and fills every readout', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'training-lab', `${SMALL}&autostart=1`);
	await expect(page.locator('output[name="backend"]')).not.toHaveAttribute('data-value', '', {
		timeout: 60_000
	});
	await waitDone(page);
	expect(await readout(page, 'epoch')).toBe('2');
	for (const name of ['train-accuracy', 'val-accuracy', 'test-accuracy']) {
		const v = Number(await readout(page, name));
		expect(v, name).toBeGreaterThanOrEqual(0);
		expect(v, name).toBeLessThanOrEqual(1);
	}
	expect(Number(await readout(page, 'images-per-second'))).toBeGreaterThan(0);
	expect(['webgl', 'fast-cpu', 'cpu']).toContain(await readout(page, 'backend'));
	// the confusion matrix adds up to the test set
	const cells = await page
		.locator('table[data-grid="lab-confusion"] td[data-value]')
		.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
	expect(cells.reduce((a, b) => a + b, 0)).toBe(Number(await readout(page, 'test-count')));
	// the figures beside the accuracy follow from the same counts (independently of the lab's code)
	const cell = async (c: string) =>
		Number(
			await page.locator(`table[data-grid="lab-confusion"] td[data-cell="${c}"]`).getAttribute('data-value')
		);
	const [tp, fp, fn, tn] = [await cell('tp'), await cell('fp'), await cell('fn'), await cell('tn')];
	const n = tp + fp + fn + tn;
	expect(Number(await readout(page, 'baseline-accuracy'))).toBeCloseTo(Math.max(tp + fn, tn + fp) / n, 12);
	expect(Number(await readout(page, 'balanced-accuracy'))).toBeCloseTo(
		(tp / (tp + fn) + tn / (tn + fp)) / 2,
		12
	);
	const testAuc = Number(await readout(page, 'test-roc-auc'));
	expect(testAuc).toBeGreaterThanOrEqual(0);
	expect(testAuc).toBeLessThanOrEqual(1);
	// one link opens the threshold widget on these test scores; its roc-auc agrees with the lab's
	const href = await page.locator('a[data-link="threshold"]').getAttribute('href');
	expect(href!.length).toBeLessThanOrEqual(8000);
	const q = new URL(href!, 'http://x').searchParams;
	expect(q.get('scores')!.split(',')).toHaveLength(Number(await readout(page, 'test-count')));
	const other = await page.context().newPage();
	await other.goto(href!);
	const widgetAuc = Number(await readout(other, 'roc-auc'));
	expect(Math.abs(widgetAuc - testAuc)).toBeLessThanOrEqual(1e-3);
	await other.close();
	// the validation set suggests a threshold; taking it moves the slider's value there
	const suggested = page.locator('output[name="suggested-threshold"]');
	if ((await suggested.count()) > 0) {
		const v = await suggested.getAttribute('data-value');
		await page.getByRole('button', { name: /Use the validation set’s threshold/ }).click();
		await expect(page.locator('output[name="threshold"]')).toHaveAttribute('data-value', v!);
	}
	// the first layer's filters and feature maps of one test part
	await expect(page.getByRole('img', { name: 'Filter 1', exact: true })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Feature map of filter 1', exact: true })).toBeVisible();

	// unseen images: held-out generated parts of a chosen kind, newest first
	await page.getByLabel('Kind of part').selectOption('crack');
	const draw = page.getByRole('button', { name: 'Draw a new part' });
	await draw.click();
	await expect(page.locator('output[name="p-held-out"]')).toHaveCount(1);
	await draw.click();
	const parts = page.getByRole('list', { name: 'Generated parts, newest first' }).getByRole('listitem');
	await expect(parts).toHaveCount(2);
	await expect(parts.first().locator('output[name="p-held-out"]')).toHaveAttribute('data-part', '2');
	await expect(parts.first()).toContainText('defective: crack');
	const heldOut = Number(
		await page.locator('output[name="p-held-out"][data-part="1"]').getAttribute('data-value')
	);
	// where the model looked: the heat map of test part 1 came with the inspection; its peak is
	// the centre of the grid's largest drop (first in reading order), as the contract says
	const saliency = await grid(page, 'saliency');
	const patch = Math.round(24 / 8);
	const starts = (n: number) => {
		const s: number[] = [];
		for (let p = 0; p + patch <= 24; p += Math.floor(patch / 2) || 1) s.push(p);
		if (s.at(-1) !== 24 - patch) s.push(24 - patch);
		return s.slice(0, n);
	};
	expect(saliency.length).toBe(starts(99).length);
	let best = { i: 0, j: 0, v: -Infinity };
	saliency.forEach((row, i) => row.forEach((v, j) => v > best.v && (best = { i, j, v })));
	expect(Number(await readout(page, 'saliency-peak-row'))).toBe(starts(99)[best.i] + (patch - 1) / 2);
	expect(Number(await readout(page, 'saliency-peak-col'))).toBe(starts(99)[best.j] + (patch - 1) / 2);
	// the heat map of drawn part 1: the part as it is scores what it scored when drawn
	await page.getByRole('button', { name: 'Where did the model look on drawn part 1?' }).click();
	await expect(page.getByText('Drawn part 1 (defective: crack).')).toBeVisible();
	expect(Number(await readout(page, 'saliency-base'))).toBeCloseTo(heldOut, 4);
	// unseen images: one real PNG, one non-image, and held-out part 1 as a PNG, which must score
	// as it did when drawn (the lab keeps every image as bytes, as a PNG does)
	const part1 = heldOutPart(3, 0, 24, 'crack');
	await page.getByLabel('Test your own images').setInputFiles([
		{ name: 'part.png', mimeType: 'image/png', buffer: casting(1, 24).png },
		{ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') },
		{ name: 'held-out.png', mimeType: 'image/png', buffer: encodePng(part1.pixels, 24, 24) },
		{ name: 'blank.png', mimeType: 'image/png', buffer: encodePng(new Float32Array(24 * 24).fill(1), 24, 24) }
	]);
	const again = page.locator('output[name="p-defective"][data-file="held-out.png"]');
	await expect(again).toHaveAttribute('data-value', /\d/);
	expect(Math.abs(Number(await again.getAttribute('data-value')) - heldOut)).toBeLessThan(1e-5);
	const p = page.locator('output[name="p-defective"][data-file="part.png"]');
	await expect(p).toHaveAttribute('data-value', /^(0|1|0\.\d+|\d\.\d+e-\d+)$/);
	await expect(page.locator('output[name="p-defective"][data-file="notes.png"]')).toHaveAttribute(
		'data-value',
		''
	);
	await expect(page.locator('output[name="unseen-roc-auc"]')).toHaveCount(0); // no classes known
	// each photo as the model sees it, and whether it looks like the training images: a drawn part
	// does, a blank white image does not, and the lab warns about it
	await expect(page.locator('.predictions td.seen canvas')).toHaveCount(3);
	const ood = (f: string) => page.locator(`output[name="ood-score"][data-file="${f}"]`);
	await expect(ood('held-out.png')).toHaveAttribute('data-unusual', 'false');
	await expect(ood('blank.png')).toHaveAttribute('data-unusual', 'true');
	expect(Number(await ood('blank.png').getAttribute('data-value'))).toBeGreaterThan(
		Number(await ood('held-out.png').getAttribute('data-value'))
	);
	await expect(page.locator('p.ood-warning')).toHaveAttribute('data-count', '1');

	// a folder of labelled photos: the class comes from def_front / ok_front, and the lab ranks them
	const photos = Array.from({ length: 12 }, (_, i) => {
		const c = casting(100 + i, 24);
		return { path: `test/${c.label ? 'def_front' : 'ok_front'}/cast_${i}.png`, data: c.png };
	});
	await page.getByLabel('Test a folder of images').setInputFiles(writeFolder(photos));
	await expect(page.locator('output[name="p-defective"]')).toHaveCount(12);
	const scored = await page
		.locator('output[name="p-defective"]')
		.evaluateAll((os) =>
			os.map((o) => [o.getAttribute('data-file')!, Number(o.getAttribute('data-value'))] as const)
		);
	// ROC-AUC by its definition: the chance a defective part scores above an OK one (ties count half)
	const pos = scored.filter(([f]) => f.includes('def_front')).map(([, p]) => p);
	const neg = scored.filter(([f]) => f.includes('ok_front')).map(([, p]) => p);
	expect(pos.length * neg.length).toBeGreaterThan(0);
	let wins = 0;
	for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
	const auc = Number(await readout(page, 'unseen-roc-auc'));
	expect(auc).toBeCloseTo(wins / (pos.length * neg.length), 6);
	await expect(page.locator('p.known')).toHaveAttribute('data-count', '12');
	expectClean();
});

test('a def_front/ok_front folder loads through "Load your own dataset" and trains', async ({
	page,
	expectClean
}) => {
	const files: { path: string; data: Buffer | string }[] = Array.from({ length: 24 }, (_, i) => {
		const c = casting(i);
		return { path: `parts/${c.label ? 'def_front' : 'ok_front'}/cast_${i}.png`, data: c.png };
	});
	files.push({ path: 'parts/def_front/readme.txt', data: 'hello' });
	files.push({ path: 'parts/ok_front/bomb.png', data: hugeHeaderPng(100_000, 100_000) });
	const dir = writeFolder(files);
	await openEmbed(page, 'training-lab', SMALL);
	await expect(page.locator('[data-dataset="built-in"]')).toBeVisible({ timeout: 60_000 });
	await page.getByLabel('Load your own dataset').setInputFiles(dir);
	await expect(page.locator('[data-dataset="upload"]')).toBeVisible({ timeout: 60_000 });
	expect(Number(await readout(page, 'train-count')) + Number(await readout(page, 'test-count'))).toBe(24);
	await page.getByText(/2 files skipped/).click();
	await expect(page.getByText(/readme\.txt: not a PNG/)).toBeVisible();
	await expect(page.getByText(/bomb\.png: its header declares dimensions too large/)).toBeVisible();
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await waitDone(page);
	expect(await readout(page, 'epoch')).toBe('2');
	expect(await readout(page, 'test-accuracy')).not.toBe('');
	expectClean();
});

test('one class only, or an empty folder, is refused and the data stays', async ({ page }) => {
	const one = writeFolder(
		Array.from({ length: 6 }, (_, i) => ({ path: `x/ok_front/p${i}.png`, data: casting(i).png }))
	);
	await openEmbed(page, 'training-lab', SMALL);
	await expect(page.locator('[data-dataset="built-in"]')).toBeVisible({ timeout: 60_000 });
	await page.getByLabel('Load your own dataset').setInputFiles(one);
	await expect(page.getByRole('alert').filter({ hasText: 'Only one class' })).toBeVisible({
		timeout: 30_000
	});
	await expect(page.locator('[data-dataset="built-in"]')).toBeVisible();
	await page
		.getByLabel('Or load a .zip of it')
		.setInputFiles({ name: 'd.zip', mimeType: 'application/zip', buffer: Buffer.from('PK no zip') });
	await expect(page.getByRole('alert').filter({ hasText: 'No usable images' })).toBeVisible({
		timeout: 30_000
	});
	await expect(page.locator('[data-dataset="built-in"]')).toBeVisible();
});

test('an impossible architecture is flagged and training refused', async ({ page }) => {
	await openEmbed(page, 'training-lab', SMALL);
	await page.getByRole('button', { name: 'Remove layer 7' }).click(); // the Flatten
	await expect(page.getByRole('alert').filter({ hasText: 'add a Flatten layer' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
	await page.getByRole('button', { name: 'Back to the default' }).click();
	await expect(page.locator('output[name="total-params"]')).not.toHaveAttribute('data-value', '');
});

test('the trained model downloads in the TF.js layers format and loads back with the same test accuracy', async ({
	page
}) => {
	await openEmbed(page, 'training-lab', `${SMALL}&autostart=1`);
	await waitDone(page);
	const accuracy = await readout(page, 'test-accuracy');
	const downloads: import('@playwright/test').Download[] = [];
	page.on('download', (d) => downloads.push(d));
	await page.getByRole('button', { name: 'Download the model (TF.js layers format)' }).click();
	await expect.poll(() => downloads.length).toBe(2);
	const dir = writeFolder([]);
	const files = await Promise.all(
		downloads.map(async (d) => {
			const path = join(dir, d.suggestedFilename());
			await d.saveAs(path);
			return { name: d.suggestedFilename(), path };
		})
	);
	expect(files.map((f) => f.name).sort()).toEqual(['casting-model.json', 'casting-model.weights.bin']);
	await page
		.getByLabel('Load a model (model.json and its .bin weights)')
		.setInputFiles(files.map((f) => f.path));
	await expect(page.getByText('model loaded from files')).toBeVisible({ timeout: 30_000 });
	expect(await readout(page, 'test-accuracy')).toBe(accuracy);
	// a lone weights file is refused, the model stays
	await page
		.getByLabel('Load a model (model.json and its .bin weights)')
		.setInputFiles(files.filter((f) => f.name.endsWith('.bin')).map((f) => f.path));
	await expect(page.getByRole('alert').filter({ hasText: 'Choose the model’s .json file' })).toBeVisible();
	expect(await readout(page, 'test-accuracy')).toBe(accuracy);
});

test('when the GPU is lost mid-training, the lab moves to the CPU, keeps the data and trains again', async ({
	page,
	expectClean
}) => {
	const workerStarted = page.waitForEvent('worker');
	await openEmbed(page, 'training-lab', 'epochs=100&seed=3&size=24&count=80&backend=webgl&autostart=1');
	const worker = await workerStarted;
	await expect(page.locator('output[name="backend"]')).toHaveAttribute('data-value', 'webgl', {
		timeout: 60_000
	});
	await expect(page.locator('output[name="epoch"]')).not.toHaveAttribute('data-value', '0', {
		timeout: 60_000
	});
	// what a GPU reset or driver crash does to the page: the WebGL context is lost
	await worker.evaluate(() => {
		const engine = (self as unknown as { _tfengine: { backend: { gpgpu: { gl: WebGLRenderingContext } } } })
			._tfengine;
		engine.backend.gpgpu.gl.getExtension('WEBGL_lose_context')!.loseContext();
	});
	await expect(page.getByRole('alert')).toContainText('The GPU (WebGL) was lost during training');
	await expect(page.locator('output[name="backend"]')).toHaveAttribute('data-value', 'fast-cpu');
	await expect(page.locator('output[name="status"]')).toHaveAttribute('data-value', 'idle');
	expect(await readout(page, 'train-count')).toBe('80');
	await page.getByLabel('Epochs', { exact: true }).fill('2');
	await page.getByRole('button', { name: 'Train', exact: true }).click();
	await waitDone(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(Number(await readout(page, 'test-accuracy'))).toBeGreaterThanOrEqual(0);
	expectClean();
});
