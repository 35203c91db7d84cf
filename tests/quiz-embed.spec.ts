// The quiz embed, /embed/quiz/<slug>/: alone and clean for every lesson; its parameters; and in a
// page on another origin, which gets its height and an xAPI statement per checked answer (and a
// hostile page posting junk changes nothing).
import { test, expect, scanAxe } from './fixtures';
import type { Frame, Page } from '@playwright/test';
import { lessonSlugs } from './site';
import { AGE_OF_AI_IDS, answerAgeOfAi, nestingAnswer } from './quiz-answers';
import { serve, type Served } from './servers';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

for (const slug of lessonSlugs) {
	test(`quiz embed ${slug}: loads clean and passes axe`, async ({ page, expectClean }) => {
		test.slow();
		await page.goto(`/embed/quiz/${slug}/`);
		await expect(page.locator(`[data-quiz-embed="${slug}"][data-ready="true"]`)).toBeVisible();
		await expect(page.locator('.site-header')).toHaveCount(0);
		await expect(page.locator(`form[data-quiz="${slug}"] > fieldset`).first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await scanAxe(page)).toEqual([]);
		await page.setViewportSize({ width: 375, height: 800 });
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await scanAxe(page)).toEqual([]);
		expectClean();
	});
}

test('quiz embed parameters: n questions chosen by the seed, one question alone, bad values named', async ({
	page
}) => {
	const ids = async () =>
		page
			.locator('form[data-quiz] > fieldset')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));
	const open = async (query: string) => {
		await page.goto(`/embed/quiz/age-of-ai/?${query}`);
		await expect(page.locator('[data-quiz-embed][data-ready="true"]')).toBeVisible();
	};
	await open('');
	expect(await ids()).toEqual(AGE_OF_AI_IDS);
	const subsets = new Set<string>();
	for (const seed of [1, 2, 3, 4]) {
		await open(`seed=${seed}&n=2`);
		const got = await ids();
		expect(got).toHaveLength(2);
		for (const id of got) expect(AGE_OF_AI_IDS).toContain(id);
		subsets.add(got.join());
	}
	expect(subsets.size).toBeGreaterThan(1);
	await open('n=99&seed=abc');
	expect(await ids()).toHaveLength(5);
	const messages = page.locator('.messages');
	await expect(messages).toContainText('n');
	await expect(messages).toContainText('seed');
	await expect(messages).toContainText('abc');
	await open('question=set-the-model');
	expect(await ids()).toEqual(['set-the-model']);
	await expect(page.locator('[data-task-widget="linear-model"]')).toBeVisible();
	await open('question=nope');
	expect(await ids()).toHaveLength(5);
	await expect(page.locator('.messages')).toContainText('nope');
});

/** A host page on the second origin framing `src`; it keeps every message and sizes the frame. */
function hostPage(src: string, extra = '') {
	return `<!doctype html><html lang="en" data-hydrated><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head><body>
<h1>A course page on another site</h1>
<iframe id="quiz" src="${src}" title="Quiz" width="800" height="300" style="border:0"></iframe>
<script>
window.received = [];
const frame = document.getElementById('quiz');
addEventListener('message', (e) => {
	window.received.push({ origin: e.origin, fromFrame: e.source === frame.contentWindow, data: e.data });
	if (e.data && e.data.source === 'cnn-inspection-lab' && e.data.type === 'resize') frame.style.height = e.data.height + 'px';
});
${extra}
</script></body></html>`;
}

interface Received {
	origin: string;
	fromFrame: boolean;
	data: Record<string, unknown> & { statement?: Statement };
}
interface Statement {
	verb: { id: string };
	object: { id: string };
	result: { score: Record<string, number>; success: boolean; completion: boolean; response?: string };
	context?: { extensions: Record<string, string> };
}

const received = (page: Page) =>
	page.evaluate(() => (window as unknown as { received: Received[] }).received);
const statements = async (page: Page) =>
	(await received(page)).filter((r) => r.data?.type === 'xapi').map((r) => r.data.statement!);

async function quizFrame(page: Page): Promise<Frame> {
	await expect(page.frameLocator('#quiz').locator('[data-quiz-embed][data-ready="true"]')).toBeVisible();
	return page.frames().find((f) => f.url().includes('/embed/quiz/'))!;
}

let host: Served;
let pages: Record<string, string>;
test.beforeAll(async () => {
	pages = {};
	host = await serve(pages as Record<string, string>);
});
test.afterAll(async () => host.close());

test('a page on another origin gets the height and an xAPI statement per answer, with the right score', async ({
	page,
	baseURL
}) => {
	const site = new URL(baseURL!).origin;
	pages['/host.html'] = hostPage(`${site}/embed/quiz/age-of-ai/`);
	await page.goto(`${host.origin}/host.html`);
	const frame = await quizFrame(page);
	const quiz = page.frameLocator('#quiz');

	// Height: posted in our shape and Canvas's, from the embed's origin, until it matches the content.
	const lastHeight = async () =>
		((await received(page)).filter((r) => r.data?.type === 'resize').at(-1)?.data.height as number) ?? -1;
	const contentBottom = () =>
		frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));
	await expect.poll(async () => (await lastHeight()) - (await contentBottom())).toBe(0);
	const height = await lastHeight();
	expect(height).toBeGreaterThan(300);
	const first = await received(page);
	for (const r of first) {
		expect(r.origin).toBe(site);
		expect(r.fromFrame).toBe(true);
	}
	for (const r of first.filter((m) => m.data.type === 'resize')) {
		expect(r.data.source).toBe('cnn-inspection-lab');
		expect(r.data.version).toBe(1);
	}
	expect(first.some((r) => r.data.subject === 'lti.frameResize' && r.data.height === height)).toBe(true);
	expect(first.some((r) => r.data.context === 'h5p' && r.data.action === 'hello')).toBe(true);
	// The host sized the frame to the latest height posted (a late reflow may post another).
	await expect
		.poll(async () => {
			const style = await page.locator('#quiz').evaluate((f: HTMLIFrameElement) => f.style.height);
			return style === `${await lastHeight()}px`;
		})
		.toBe(true);
	expect(await statements(page)).toEqual([]);

	// 4 of 5 right: one statement per answer, then completed with 4/5, passed at exactly 80%.
	await answerAgeOfAi(quiz, { wrongPrediction: true });
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(quiz.locator('output[name="quiz-score"]')).toHaveAttribute('data-value', '4');
	await expect.poll(async () => (await statements(page)).length).toBe(6);
	const all = await statements(page);
	const objectId = `${site}/embed/quiz/age-of-ai/?seed=0`;
	for (const s of all) expect(s.object.id).toBe(objectId);
	const answered = all.filter((s) => s.verb.id === ANSWERED);
	expect(answered.map((s) => s.context!.extensions[`${site}/xapi/question`])).toEqual(AGE_OF_AI_IDS);
	for (const s of answered) {
		const right = s.context!.extensions[`${site}/xapi/question`] !== 'linear-prediction';
		expect(s.result.success).toBe(right);
		expect(s.result.score).toEqual({ raw: right ? 1 : 0, min: 0, max: 1, scaled: right ? 1 : 0 });
	}
	const completed = all.filter((s) => s.verb.id === COMPLETED);
	expect(completed).toHaveLength(1);
	expect(completed[0].result).toEqual({
		score: { raw: 4, min: 0, max: 5, scaled: 0.8 },
		success: true,
		completion: true
	});
	expect(all.at(-1)!.verb.id).toBe(COMPLETED);

	// The feedback made the page taller: a new height follows.
	await expect
		.poll(async () => {
			const r = (await received(page)).filter((m) => m.data.type === 'resize');
			return r.at(-1)!.data.height as number;
		})
		.toBeGreaterThan(height);

	// Another set: statements name the new seed.
	await quiz.getByRole('button', { name: 'Try another set' }).click();
	const nesting = quiz.locator('fieldset[data-question="nesting"]');
	await nesting.getByLabel(nestingAnswer(await nesting.locator(':scope > legend').innerText())).check();
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect.poll(async () => (await statements(page)).length).toBe(7);
	const last = (await statements(page)).at(-1)!;
	expect(last.verb.id).toBe(ANSWERED);
	expect(last.object.id).toBe(`${site}/embed/quiz/age-of-ai/?seed=1`);
	expect(last.result.success).toBe(true);
});

test('a widget embed posts its height too', async ({ page, baseURL }) => {
	const site = new URL(baseURL!).origin;
	pages['/widget.html'] = hostPage(`${site}/embed/pooling/`);
	await page.goto(`${host.origin}/widget.html`);
	const frame = page.frameLocator('#quiz');
	await expect(frame.locator('[data-embed="pooling"][data-ready="true"]')).toBeVisible();
	const f = page.frames().find((x) => x.url().includes('/embed/pooling/'))!;
	const bottom = () =>
		f.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));
	await expect
		.poll(async () => {
			const r = (await received(page)).filter((m) => m.data.type === 'resize' && m.origin === site);
			return (r.at(-1)?.data.height as number) - (await bottom());
		})
		.toBe(0);
});

test('H5P’s resizer protocol sizes the frame; Canvas-style and other hosts are not answered', async ({
	page,
	baseURL
}) => {
	const site = new URL(baseURL!).origin;
	// The host side of H5P's resizer (h5p-resizer.js), written out: hello → hello,
	// prepareResize → resizePrepared, resize → set the height.
	pages['/h5p.html'] =
		`<!doctype html><html lang="en" data-hydrated><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>H5P host</title></head><body>
<iframe id="quiz" src="${site}/embed/quiz/convolution/?n=2" title="Quiz" width="700" height="200" style="border:0"></iframe>
<script>
window.received = [];
const frame = document.getElementById('quiz');
addEventListener('message', (e) => {
	if (e.source !== frame.contentWindow) return;
	window.received.push({ origin: e.origin, fromFrame: true, data: e.data });
	const d = e.data;
	if (!d || d.context !== 'h5p') return;
	const respond = (action) => e.source.postMessage({ context: 'h5p', action }, e.origin);
	if (d.action === 'hello') respond('hello');
	else if (d.action === 'prepareResize') { frame.style.height = d.clientHeight + 'px'; respond('resizePrepared'); }
	else if (d.action === 'resize') frame.style.height = d.scrollHeight + 'px';
});
</script></body></html>`;
	await page.goto(`${host.origin}/h5p.html`);
	const frame = await quizFrame(page);
	const bottom = await frame.evaluate(() =>
		Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom)
	);
	await expect
		.poll(() => page.locator('#quiz').evaluate((f: HTMLIFrameElement) => f.style.height))
		.toBe(`${bottom}px`);
	const h5p = (await received(page)).filter((r) => r.data.context === 'h5p').map((r) => r.data.action);
	// Our hello, hello answered once, then prepareResize and resize.
	expect(h5p.filter((a) => a === 'hello')).toHaveLength(2);
	expect(h5p).toContain('prepareResize');
	expect(h5p).toContain('resize');
});

test('a hostile host posting junk changes nothing and runs nothing', async ({ page, baseURL }) => {
	const site = new URL(baseURL!).origin;
	const junk = `[
		'check', 'alert(1)', "window.top.postMessage('evaluated', '*')", '<img src=x onerror="parent.postMessage(1,\\'*\\')">',
		42, null, true, [], [1, [2, [3]]], {}, 'x'.repeat(100000),
		{ type: 'check' }, { action: 'check' }, { context: 'h5p', action: 'check' },
		{ context: 'h5p', action: 'hello', scrollHeight: 'globalThis.pwned = 1' },
		{ context: 'h5p', action: 'resize', scrollHeight: -1 }, { context: 'h5p', action: 'resizePrepared' },
		{ context: 'h5p', action: 'eval', code: 'globalThis.pwned = 1' },
		{ source: 'cnn-inspection-lab', version: 1, type: 'xapi', statement: { verb: { id: 'x' } } },
		{ source: 'cnn-inspection-lab', version: 1, type: 'answer', question: 'nesting', chosen: [0] },
		{ source: 'cnn-inspection-lab', version: 1, type: 'state', seed: 7, responses: { nesting: { chosen: [1] } } },
		{ subject: 'lti.frameResize', height: 1 }, { subject: 'lti.scrollToTop' },
		{ __proto__: { polluted: 1 }, constructor: { prototype: { polluted: 1 } } },
		{ seed: 9, n: 1, question: 'nesting' }, new Date(0), /re/g, new Map([['a', 1]])
	]`;
	pages['/hostile.html'] = hostPage(
		`${site}/embed/quiz/age-of-ai/`,
		`const junk = ${junk};
window.sent = 0;
window.posting = setInterval(() => { frame.contentWindow.postMessage(junk[window.sent % junk.length], '*'); window.sent++; }, 5);`
	);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${host.origin}/hostile.html`);
	const frame = await quizFrame(page);
	const quiz = page.frameLocator('#quiz');
	const nesting = quiz.locator('fieldset[data-question="nesting"]');
	await nesting.getByLabel('DL is part of ML, and ML is part of AI').check();
	// The task widgets load lazily: take the snapshot once every one has replaced its "Loading…".
	await expect(quiz.locator('[data-task-widget] [data-widget]')).toHaveCount(
		await quiz.locator('fieldset[data-kind="widget"]').count()
	);
	const before = await frame.evaluate(() => document.querySelector('form[data-quiz]')!.outerHTML);
	// Let every piece of junk arrive several times over.
	const sent = () => page.evaluate(() => (window as unknown as { sent: number }).sent);
	const start = await sent();
	await expect.poll(sent, { timeout: 20_000 }).toBeGreaterThan(start + 150);
	expect(await frame.evaluate(() => document.querySelector('form[data-quiz]')!.outerHTML)).toBe(before);
	await expect(nesting.getByLabel('DL is part of ML, and ML is part of AI')).toBeChecked();
	await expect(quiz.locator('fieldset[data-verdict="right"], fieldset[data-verdict="wrong"]')).toHaveCount(0);
	await expect(quiz.locator('output[name="quiz-score"]')).toHaveCount(0);
	expect(await frame.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
	expect(await frame.evaluate(() => (({}) as { polluted?: unknown }).polluted)).toBeUndefined();
	expect(frame.url()).toBe(`${site}/embed/quiz/age-of-ai/`);
	const got = await received(page);
	expect(got.some((r) => r.data === ('evaluated' as unknown) || (r.data as unknown) === 1)).toBe(false);
	expect(await statements(page)).toEqual([]);
	expect(errors).toEqual([]);
	// Still works for the learner: checking sends the one answer.
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(nesting).toHaveAttribute('data-verdict', 'right');
	await expect.poll(async () => (await statements(page)).length).toBe(1);
	await page.evaluate(() => clearInterval((window as unknown as { posting: number }).posting));
});

test('the instructors page gives each quiz and widget task an iframe snippet to copy', async ({
	page,
	context,
	baseURL
}) => {
	const site = new URL(baseURL!).origin;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
	await page.goto('/instructors/');
	const row = page.locator('[data-instructor-quiz="convolution"]');
	const snippet = row.locator('textarea[data-quiz-snippet]');
	await expect(snippet).toHaveValue(
		new RegExp(`^<iframe src="${site}/embed/quiz/convolution/" title="Quiz: `)
	);
	await row.getByRole('button', { name: /Copy the iframe snippet/ }).click();
	await expect(row.getByRole('status')).toHaveText('Copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
	await expect(page.locator('[data-instructor-quiz]')).toHaveCount(lessonSlugs.length);
	const task = page.locator('li[data-instructor-task="convolution/set-output-size"]');
	await expect(task.locator('textarea')).toHaveValue(/embed\/quiz\/convolution\/\?question=set-output-size/);
	await task.getByRole('link').click();
	await expect(page.locator('[data-quiz-embed][data-ready="true"]')).toBeVisible();
	await expect(page.locator('form[data-quiz] > fieldset')).toHaveCount(1);
	await expect(page.locator('[data-task-widget="convolution"]')).toBeVisible();
});
