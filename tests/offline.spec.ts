// Works offline after one visit: the service worker precaches the whole built site, then with the
// browser context offline the course page, three lessons and the training lab load, and the lab
// trains. The service worker also makes the pages it serves cross-origin isolated.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openEmbed, readout, scanAxe } from './fixtures';
import { lessonSlugs, widgetNames } from './site';
import { serveIsolated } from '../scripts/chromium.js';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 240_000 });

/** The lab worker's files in the build on disk (an independent list of what must be stored). */
function workerFiles(): string[] {
	const root = 'build';
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((n) => {
			const p = join(dir, n);
			return statSync(p).isDirectory() ? walk(p) : [`/${relative(root, p).split(sep).join('/')}`];
		});
	return walk(join(root, '_app', 'immutable', 'workers'));
}

test('after one visit the course, three lessons and the lab work with the network off', async ({
	page,
	context,
	expectClean
}) => {
	await page.goto('/');
	// Installed means the precache finished (install waits for every file); activated and
	// controlling this page means later requests go through it.
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
			timeout: 60_000
		})
		.toBe('activated');
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

	const stored = new Set(
		await page.evaluate(async () => {
			const paths: string[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const req of await cache.keys()) paths.push(new URL(req.url).pathname);
			}
			return paths;
		})
	);
	const expected = [
		'/',
		...lessonSlugs.map((s) => `/lessons/${s}/`),
		...widgetNames.map((w) => `/embed/${w}/`),
		...workerFiles(),
		'/manifest.webmanifest',
		'/icons/icon-192.png'
	];
	expect(workerFiles().filter((f) => f.endsWith('.wasm')).length).toBeGreaterThan(0);
	expect(expected.filter((p) => !stored.has(p))).toEqual([]);

	await context.setOffline(true);
	// Really offline, also for the service worker's own fetches: a page it never stored fails.
	// (In a page of its own, so the failure it logs is not counted against the watched page.)
	const probe = await context.newPage();
	await probe.goto('/');
	const missing = await probe.evaluate(() =>
		fetch(`/not-stored-${Date.now()}/`).then(
			(r) => `HTTP ${r.status}`,
			() => 'failed'
		)
	);
	// A page never stored, opened offline: the service worker's own offline page, not the browser's error.
	const res = await probe.goto(`/lessons/not-stored-${Date.now()}/`);
	expect(res?.status()).toBe(503);
	await expect(probe.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
	await probe.close();
	expect(missing).toBe('failed');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	for (const slug of ['convolution', 'pooling-and-flattening', 'fitting-and-augmentation']) {
		const res = await page.goto(`/lessons/${slug}/`);
		expect(res?.ok(), slug).toBe(true);
		await expect(page.locator('main h1')).toBeVisible();
	}

	await openEmbed(page, 'training-lab', 'epochs=2&seed=3&size=24&count=80&autostart=1&kernels=pool');
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
	await expect(page.locator('output[name="status"]')).toHaveAttribute('data-value', 'done', {
		timeout: 200_000
	});
	expect(Number(await readout(page, 'images-per-second'))).toBeGreaterThan(0);
	expect(Number(await readout(page, 'test-accuracy'))).toBeGreaterThanOrEqual(0);
	expect(['fast-cpu', 'webgl', 'cpu']).toContain(await readout(page, 'backend'));
	// Isolated, so the wasm backend runs one thread per core (up to tfjs's pool of 8), also on a
	// two-core machine, where stock tfjs would grant one (src/lib/lab/backend/threads.ts); the
	// page's own navigator still tells the true core count.
	const cores = await page.evaluate(() => navigator.hardwareConcurrency);
	if ((await readout(page, 'backend')) === 'fast-cpu' && cores > 1) {
		await expect(page.locator('div.backend')).toContainText(`${Math.min(cores, 8)} threads`);
		// With kernels=pool our own training kernels ran on those threads too (src/lib/lab/backend/kernel-pool.ts).
		const pool = await kernelPool(page);
		expect(pool?.ready).toBe(true);
		expect(pool?.parallelJobs).toBeGreaterThan(0);
		await expect(page.locator('div.backend')).toContainText('training routines');
		await expect(page.locator('div.backend')).toContainText(`share the ${Math.min(cores, 8)} threads`);
	}
	expectClean();
});

/** The lab worker's `__kernelPool` (null when no worker of the page has one). */
async function kernelPool(page: Page): Promise<{ ready: boolean; parallelJobs: number } | null> {
	for (const w of page.workers()) {
		const pool = await w
			.evaluate(() => {
				const p = (globalThis as { __kernelPool?: { ready: boolean; parallelJobs: number } }).__kernelPool;
				return p ? { ready: p.ready, parallelJobs: p.parallelJobs } : null;
			})
			.catch(() => null);
		if (pool) return pool;
	}
	return null;
}

test.describe('before the offline copy is stored', () => {
	test.use({ serviceWorkers: 'block' });

	test('following a link offline says "you are offline", and the retry works once back online', async ({
		page,
		context,
		watch
	}) => {
		await page.goto('/');
		await context.setOffline(true);
		await page.locator('main a[href*="/lessons/"]').first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
		await expect(page.locator('[data-failure="offline"]')).toContainText('network');
		await expect(page.locator('body')).not.toContainText('Internal Error');
		expect(await scanAxe(page)).toEqual([]);

		// Still offline: the retry fails the same clear way.
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();

		await context.setOffline(false);
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('[data-failure]')).toHaveCount(0);
		await expect(page.locator('main h1')).toBeVisible();
		expect(page.url()).toContain('/lessons/');
		// The only errors are the browser's own notes on the requests it could not send.
		expect(watch.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
		expect(watch.outside).toEqual([]);
	});

	test('served isolated, the kernel pool trains exactly as one thread does', async ({
		page,
		context,
		expectClean
	}) => {
		// the headers the service worker adds, here added by the test (no service worker)
		await serveIsolated(context);
		const train = async (kernels: string) => {
			await openEmbed(
				page,
				'training-lab',
				`backend=fast-cpu&epochs=1&seed=4&size=24&count=80&autostart=1&kernels=${kernels}`
			);
			expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
			await expect(page.locator('output[name="status"]')).toHaveAttribute('data-value', 'done', {
				timeout: 200_000
			});
			return {
				line: (await page.locator('div.backend').textContent()) ?? '',
				// the test images' scores (to 6 decimals while they fit) in the threshold link
				scores: await page.locator('a[data-link="threshold"]').getAttribute('href'),
				auc: await readout(page, 'test-roc-auc'),
				val: await readout(page, 'val-accuracy'),
				pool: await kernelPool(page)
			};
		};
		const one = await train('single');
		const many = await train('pool');
		expect(one.pool?.parallelJobs).toBe(0);
		expect(one.line).toContain('kernels=pool');
		if ((await page.evaluate(() => navigator.hardwareConcurrency)) > 1) {
			expect(many.pool?.parallelJobs).toBeGreaterThan(0);
			expect(many.line).toContain('share the');
		}
		// the same model: every test image's score, the AUC and the validation accuracy
		expect(many.scores).toMatch(/scores=/);
		expect(many.scores).toBe(one.scores);
		expect(many.auc).toBe(one.auc);
		expect(many.val).toBe(one.val);
		expectClean();
	});

	test('the lab outside an isolated page trains on one thread and says why', async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, 'training-lab', 'backend=fast-cpu&epochs=1&seed=3&size=24&count=80&autostart=1');
		expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
		await expect(page.locator('output[name="backend"]')).toHaveAttribute('data-value', 'fast-cpu', {
			timeout: 60_000
		});
		await expect(page.locator('output[name="backend"]')).not.toContainText('threads');
		// the plain line itself says so, not only the details
		await expect(page.locator('output[name="backend"]')).toContainText('one thread');
		await expect(page.locator('div.backend')).toContainText(
			'One thread: this page is not cross-origin isolated'
		);
		await expect(page.locator('div.backend')).not.toContainText('training routines');
		// and it still trains, every kernel on the one thread
		await expect(page.locator('output[name="status"]')).toHaveAttribute('data-value', 'done', {
			timeout: 200_000
		});
		expect(Number(await readout(page, 'images-per-second'))).toBeGreaterThan(0);
		expect(await kernelPool(page)).toEqual({ ready: false, parallelJobs: 0 });
		expectClean();
	});
});
