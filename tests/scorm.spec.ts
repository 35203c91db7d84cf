// The SCORM 1.2 packages: downloaded from the instructors page, unpacked into a folder of a
// pretend LMS on another origin whose player page holds a stub `API` that records every call.
// The package must load nothing from the site, find the API, and report score and status.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { AGE_OF_AI_IDS, answerAgeOfAi } from './quiz-answers';
import { serve, type Served } from './servers';

const CONTENT = '/lms/pluginfile.php/42/mod_scorm/content/1';

/** The LMS's player page: a stub SCORM 1.2 API on this window, the package's launch page in a frame. */
function player(launch: string, store: Record<string, string>) {
	return `<!doctype html><html lang="en" data-hydrated><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title></head><body>
<h1>Pretend LMS</h1>
<div id="slot"></div>
<script>
window.calls = [];
window.store = ${JSON.stringify(store)};
const log = (c) => (window.calls.push(c), 'true');
window.API = {
	LMSInitialize: (a) => log(['LMSInitialize', a]),
	LMSFinish: (a) => log(['LMSFinish', a]),
	LMSGetValue: (k) => (window.calls.push(['LMSGetValue', k]), window.store[k] ?? ''),
	LMSSetValue: (k, v) => { window.store[k] = v; return log(['LMSSetValue', k, v]); },
	LMSCommit: (a) => log(['LMSCommit', a]),
	LMSGetLastError: () => '0',
	LMSGetErrorString: () => 'No error',
	LMSGetDiagnostic: () => ''
};
// Moodle nests the content one frame further down than its API: so do we.
window.launch = () => {
	const outer = document.createElement('iframe');
	outer.id = 'outer';
	outer.title = 'SCORM player';
	outer.width = 900; outer.height = 1400;
	outer.srcdoc = '<iframe id="sco" title="Quiz" width="880" height="1380" src="${launch}"></iframe>';
	document.getElementById('slot').replaceChildren(outer);
};
window.launch();
</script></body></html>`;
}

type Call = [string, ...string[]];
const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: Call[] }).calls);

let files: Record<string, Uint8Array>;
let lms: Served;
let pages: Record<string, Uint8Array | string>;

test.beforeAll(async ({ request }) => {
	// Downloaded the way an instructor does, from the link on the instructors page.
	const res = await request.get('/scorm/cnn-lab-quiz-age-of-ai.zip');
	expect(res.ok(), 'the package is served').toBe(true);
	files = unzipSync(new Uint8Array(await res.body()));
	pages = {};
	for (const [name, body] of Object.entries(files)) pages[`${CONTENT}/${name}`] = body;
	lms = await serve(pages);
});
test.afterAll(async () => lms.close());

test('the instructors page links every lesson’s package, and the manifest is SCORM 1.2', async ({ page }) => {
	await page.goto('/instructors/');
	const links = page.locator('a[data-scorm-package]');
	await expect(links.first()).toBeVisible();
	const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	expect(hrefs.length).toBe(10);
	for (const href of hrefs) {
		const res = await page.request.get(href);
		expect(res.ok(), href).toBe(true);
		expect(res.headers()['content-type'] ?? '').not.toContain('text/html');
	}
	const manifest = strFromU8(files['imsmanifest.xml']);
	expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
	expect(manifest).toContain('adlcp:scormtype="sco"');
	const launch = /<resource [^>]*href="([^"]+)"/.exec(manifest)![1];
	expect(launch).toBe('embed/quiz/age-of-ai/index.html');
	const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
	expect(listed).toEqual(
		Object.keys(files)
			.filter((f) => f !== 'imsmanifest.xml')
			.sort()
	);
	expect(strFromU8(files[launch])).toContain('data-scorm="1.2"');
	// Only the widget its task uses, not the others (nor the training lab's TensorFlow.js).
	expect(Object.keys(files).some((f) => f.includes('workers/'))).toBe(false);
	expect(Object.keys(files).length).toBeLessThan(80);
});

test('the Indonesian instructors page links the Indonesian packages, which launch the Indonesian quiz', async ({
	page
}) => {
	await page.goto('/id/instructors/');
	const links = page.locator('a[data-scorm-package]');
	await expect(links.first()).toBeVisible();
	const hrefs = await links.evaluateAll((as) =>
		as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
	expect(hrefs.length).toBe(10);
	for (const href of hrefs) expect(href).toMatch(/^\/id\/scorm\/cnn-lab-quiz-[a-z-]+\.zip$/);
	const res = await page.request.get('/id/scorm/cnn-lab-quiz-age-of-ai.zip');
	expect(res.ok()).toBe(true);
	const zip = unzipSync(new Uint8Array(await res.body()));
	const manifest = strFromU8(zip['imsmanifest.xml']);
	expect(manifest).toContain('identifier="cnn-inspection-lab-quiz-id-age-of-ai"');
	const launch = /<resource [^>]*href="([^"]+)"/.exec(manifest)![1];
	expect(launch).toBe('id/embed/quiz/age-of-ai/index.html');
	const html = strFromU8(zip[launch]);
	expect(html).toContain('data-scorm="1.2"');
	expect(html).toMatch(/<html[^>]* lang="id"/);
	// every file the page references is in the package
	for (const m of html.matchAll(/(?:href|src)="(\.\.\/[^"?#]+\.[a-z0-9]+)"/g)) {
		const path = new URL(m[1], 'http://x/id/embed/quiz/age-of-ai/').pathname.slice(1);
		expect(zip[path], path).toBeDefined();
	}
});

test('launched by an LMS: finds the API two frames up, reports score and status, commits, resumes, finishes', async ({
	page,
	baseURL
}) => {
	const site = new URL(baseURL!).origin;
	const toSite: string[] = [];
	page.on('request', (r) => r.url().startsWith(site) && toSite.push(r.url()));
	pages['/lms/player.html'] = player(`${lms.origin}${CONTENT}/embed/quiz/age-of-ai/index.html`, {
		'cmi.core.lesson_status': 'not attempted'
	});
	await page.goto(`${lms.origin}/lms/player.html`);
	const quiz = page.frameLocator('#outer').frameLocator('#sco');
	await expect(quiz.locator('[data-quiz-embed][data-ready="true"][data-lms="connected"]')).toBeVisible();
	await expect(quiz.getByText('Connected to your learning platform')).toBeVisible();
	const start = await calls(page);
	expect(start[0]).toEqual(['LMSInitialize', '']);
	expect(start).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'incomplete']);
	expect(start).toContainEqual(['LMSGetValue', 'cmi.suspend_data']);

	// 4 of 5 right: 80%, passed.
	await answerAgeOfAi(quiz, { wrongPrediction: true });
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(quiz.locator('output[name="quiz-score"]')).toHaveAttribute('data-value', '4');
	await expect.poll(async () => (await calls(page)).length).toBeGreaterThan(start.length + 5);
	const store = () => page.evaluate(() => (window as unknown as { store: Record<string, string> }).store);
	const after = await store();
	expect(after['cmi.core.score.raw']).toBe('80');
	expect(after['cmi.core.score.min']).toBe('0');
	expect(after['cmi.core.score.max']).toBe('100');
	expect(after['cmi.core.lesson_status']).toBe('passed');
	expect(after['cmi.core.exit']).toBe('suspend');
	const suspend = after['cmi.suspend_data'];
	expect(suspend.length).toBeGreaterThan(0);
	expect(suspend.length).toBeLessThanOrEqual(4096);
	const kept = JSON.parse(suspend);
	expect(kept.s).toBe(0);
	expect(Object.keys(kept.r).sort()).toEqual(AGE_OF_AI_IDS.filter((id) => id !== 'set-the-model').sort());
	expect((await calls(page)).at(-1)).toEqual(['LMSCommit', '']);

	// Then two answers changed to wrong: 3 of 5, and the status follows the latest check.
	const q = (id: string) => quiz.locator(`fieldset[data-question="${id}"]`);
	await q('nesting').getByLabel('AI is part of ML, and ML is part of DL').check();
	await q('linear-prediction').getByLabel('Your answer').fill('100000');
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect.poll(async () => (await store())['cmi.core.lesson_status']).toBe('failed');
	expect((await store())['cmi.core.score.raw']).toBe('60');

	// Leaving: the frame goes away, the package says how long and finishes.
	await page.evaluate(() => document.getElementById('slot')!.replaceChildren());
	await expect.poll(async () => (await calls(page)).at(-1)).toEqual(['LMSFinish', '']);
	const finished = await calls(page);
	expect(finished.filter((c) => c[0] === 'LMSFinish')).toHaveLength(1);
	expect(finished.find((c) => c[1] === 'cmi.core.session_time')![2]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);

	// The next launch comes back with the answers the LMS kept.
	await page.evaluate(() => (window as unknown as { launch: () => void }).launch());
	await expect(quiz.locator('[data-quiz-embed][data-ready="true"]')).toBeVisible();
	await expect(quiz.getByText('Your answers from last time are back')).toBeVisible();
	await expect(q('nesting').getByLabel('AI is part of ML, and ML is part of DL')).toBeChecked();
	await expect(q('linear-prediction').getByLabel('Your answer')).toHaveValue('100000');

	expect(toSite, 'requests to the site: the package must be self-contained').toEqual([]);
	expect(lms.missing, 'files the package asked for but does not have').toEqual([]);
});

test('without an LMS the package is a plain quiz', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${lms.origin}${CONTENT}/embed/quiz/age-of-ai/index.html`);
	await expect(page.locator('[data-quiz-embed][data-ready="true"][data-lms="absent"]')).toBeVisible();
	await expect(page.getByText('No learning platform found')).toBeVisible();
	await answerAgeOfAi(page);
	await page.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.locator('output[name="quiz-score"]')).toHaveAttribute('data-value', '5');
	expect(errors).toEqual([]);
	expect(lms.missing).toEqual([]);
});
