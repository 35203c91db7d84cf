// `npm run bench`: builds the site if needed, serves the build (vite preview on a free port) and
// measures in headless Chromium, side by side in one run. Prints one `name: value` line per figure;
// a figure that cannot be measured prints `name: n/a (reason)`. Details go to stderr.
// Env: SKIP_BUILD=1 reuses build/; BENCH_TIME_LIMIT (seconds, default 240) caps time-to-95;
// BENCH_ONLY=bench,lessons,lab,threads picks parts (default all).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT, serveIsolated } from './chromium.js';
import { needsBuild, lessonSlugs, isLabLesson, longestIn } from './bench-lib.js';

const root = new URL('..', import.meta.url).pathname;
const log = (...a) => console.error('[bench]', ...a);
const figures = [];
const print = (name, value) => {
	figures.push([name, value]);
	console.log(`${name}: ${value}`);
};
const na = (name, reason) => print(name, `n/a (${reason})`);
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

function playwrightOwn() {
	try {
		return chromium.executablePath();
	} catch {
		return null;
	}
}

function freePort() {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.unref();
		s.on('error', reject);
		s.listen(0, () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
			s.close(() => resolve(port));
		});
	});
}

async function waitForServer(url, ms = 60_000) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			const r = await fetch(url);
			if (r.ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`server at ${url} did not start`);
}

async function main() {
	const exe = findChromium(process.env, playwrightOwn());
	if (!exe) {
		console.error(INSTALL_HINT);
		process.exit(1);
	}
	const build = join(root, 'build');
	if (!process.env.SKIP_BUILD && needsBuild(root, build)) {
		log('building…');
		const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status ?? 1);
	}
	const port = await freePort();
	const base = `http://localhost:${port}${process.env.BASE_PATH ?? ''}`;
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		cwd: root,
		stdio: 'ignore',
		detached: true
	});
	const stopServer = () => {
		try {
			process.kill(-(/** @type {number} */ (server.pid)), 'SIGTERM');
		} catch {
			/* already gone */
		}
	};
	process.on('exit', stopServer);
	const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
	const t0 = Date.now();
	try {
		await waitForServer(`${base}/`);
		const context = await browser.newContext();
		const only = (process.env.BENCH_ONLY ?? 'bench,lessons,lab,threads').split(',');
		if (only.includes('bench')) await benchPage(context, base);
		if (only.includes('threads')) await threadsCompare(browser, base);
		if (only.includes('lessons')) await lessonWeight(context, base, build);
		if (only.includes('lab')) await labPage(context, base);
	} finally {
		await browser.close();
		stopServer();
	}
	log(`done in ${Math.round((Date.now() - t0) / 1000)} s`);
}

/** Everything measured on /bench/: conv, training throughput, leaks, time to 95%. */
async function benchPage(context, base) {
	const page = await context.newPage();
	page.on('pageerror', (e) => log('page error:', e.message));
	const res = await page.goto(`${base}/bench/`);
	if (!res?.ok()) {
		for (const f of [
			'conv-speedup-vs-tfjs',
			'train-images-per-second',
			'train-speedup-vs-tfjs-cpu',
			'time-to-95-seconds',
			'tensors-leaked-per-epoch'
		])
			na(f, 'no /bench/ page in the build');
		return;
	}
	await page.waitForSelector('output[name="status"][data-value="ready"]', { timeout: 60_000 });
	const call = (fn, ...args) =>
		page
			.evaluate(([fn, args]) => window.__bench[fn](...args), [fn, args])
			.catch((e) => ({ error: String(e) }));

	const conv = await call('benchConv');
	log('conv', JSON.stringify(conv));
	if (conv.error) na('conv-speedup-vs-tfjs', conv.error);
	else {
		print('conv-speedup-vs-tfjs', round(conv.speedup, 2));
		print('conv-widget-ms-300px', round(conv.widgetMs, 3));
		print('conv-tfjs-ms-300px', `${round(conv.bestMs, 3)} (${conv.bestName})`);
	}

	const fast = await call('benchTrain', 'fast-cpu', 12);
	log('train fast-cpu', JSON.stringify(fast));
	const cpu = await call('benchTrain', 'cpu', 2);
	log('train cpu', JSON.stringify(cpu));
	if (fast.error) na('train-images-per-second', fast.error);
	else print('train-images-per-second', round(fast.imagesPerSecond));
	if (fast.error || cpu.error) na('train-speedup-vs-tfjs-cpu', fast.error ?? cpu.error);
	else {
		print('train-speedup-vs-tfjs-cpu', round(fast.imagesPerSecond / cpu.imagesPerSecond));
		print('train-images-per-second-tfjs-cpu', round(cpu.imagesPerSecond, 2));
	}

	const leak = await call('benchLeak', 4);
	log('leak', JSON.stringify(leak));
	if (leak.error) na('tensors-leaked-per-epoch', leak.error);
	else print('tensors-leaked-per-epoch', round(leak.perEpoch, 2));

	const limit = Number(process.env.BENCH_TIME_LIMIT ?? 240);
	const t95 = await call('benchTimeTo95', limit);
	log('time-to-95', JSON.stringify(t95));
	if (t95.error) na('time-to-95-seconds', t95.error);
	else if (t95.reached === null) {
		const last = t95.epochs[t95.epochs.length - 1];
		na(
			'time-to-95-seconds',
			`not reached: ${last ? `test accuracy ${round(last.testAccuracy, 3)} after ${round(last.seconds)} s, ${last.epoch} epochs` : 'no epoch finished'}`
		);
	} else print('time-to-95-seconds', round(t95.reached));
	await page.close();
}

/** Issue 15.6: every lesson page, the lab's too, within this much gzipped JavaScript. */
const LESSON_JS_BUDGET_KB = 100;

/**
 * The gzipped JavaScript each lesson page loads (recorded in Chromium), one figure per page; the
 * largest non-lab page; and how many pages are over the budget.
 */
async function lessonWeight(context, base, build) {
	const slugs = lessonSlugs(build);
	if (slugs.length === 0) return na('lesson-js-kb-gzip-max', 'no lessons in the build');
	let max = 0;
	let maxSlug = '';
	const over = [];
	for (const slug of slugs) {
		const page = await context.newPage();
		const bodies = new Map();
		page.on('response', async (r) => {
			const url = r.url();
			if (r.request().resourceType() !== 'script' && !url.endsWith('.js')) return;
			try {
				bodies.set(url, await r.body());
			} catch {
				/* redirected or gone */
			}
		});
		await page.goto(`${base}/lessons/${slug}/`, { waitUntil: 'networkidle' });
		// A lesson's widgets load in waves of imports; on a busy machine the page can be quiet for
		// longer than networkidle's 500 ms between two waves, so wait until no script has come in
		// for two seconds (one run here counted 40 of a page's 64 scripts without this).
		for (let seen = -1; seen !== bodies.size;) {
			seen = bodies.size;
			await page.waitForTimeout(2000);
		}
		const sizes = [...bodies].map(([url, body]) => [
			url.split('/').pop(),
			gzipSync(body, { level: 9 }).length
		]);
		const kb = sizes.reduce((a, [, n]) => a + n, 0) / 1024;
		const top = sizes.sort((a, b) => b[1] - a[1]).slice(0, 5);
		log(
			`lesson ${slug}: ${bodies.size} scripts, ${round(kb)} kB gzip; largest ${top.map(([u, n]) => `${u} ${round(n / 1024)}`).join(', ')}`
		);
		print(`lesson-js-kb-gzip (${slug})`, round(kb));
		if (kb > LESSON_JS_BUDGET_KB) over.push(slug);
		if (isLabLesson(slug)) print(`lab-lesson-js-kb-gzip (${slug})`, round(kb));
		else if (kb > max) [max, maxSlug] = [kb, slug];
		await page.close();
	}
	if (maxSlug) print('lesson-js-kb-gzip-max', `${round(max)} (${maxSlug})`);
	else na('lesson-js-kb-gzip-max', 'only lab lessons in the build');
	print(
		`lesson-pages-over-${LESSON_JS_BUDGET_KB}-kb`,
		over.length ? `${over.length} of ${slugs.length} (${over.join(', ')})` : `0 of ${slugs.length}`
	);
}

/**
 * The lab's fast CPU path on one thread beside a thread per core: the same lab embed (training
 * in its worker, fixed seed and data) in two fresh browser contexts, one served cross-origin
 * isolated (the COOP/COEP headers the service worker adds once installed) and one served as a
 * plain static host serves it (no isolation: one thread), and a third served isolated with
 * `kernels=single` (the default: tfjs's own kernels threaded, ours on one thread) beside one with
 * `kernels=pool` (ours threaded too). Alternated twice; prints the ratios of the summed
 * throughputs and the thread count the isolated backend line reports.
 */
async function threadsCompare(browser, base) {
	const query = 'epochs=3&seed=7&count=600&backend=fast-cpu&autostart=1';
	const run = async (isolated, extra = '') => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		if (isolated) await serveIsolated(context);
		const page = await context.newPage();
		try {
			const res = await page.goto(`${base}/embed/training-lab/?${query}${extra}`);
			if (!res?.ok()) return { error: `no /embed/training-lab/ in the build (HTTP ${res?.status()})` };
			await page.waitForSelector(
				'output[name="status"][data-value="done"], output[name="status"][data-value="error"]',
				{ timeout: 400_000 }
			);
			const value = (name) => page.locator(`output[name="${name}"]`).getAttribute('data-value');
			if ((await value('status')) !== 'done') return { error: 'the lab ended with status error' };
			const line = (await page.locator('p.backend').textContent()) ?? '';
			// the time our own (poolable) kernels took, from the lab worker
			let kernels = null;
			for (const w of page.workers()) {
				kernels ??= await w
					.evaluate(() => {
						const p = globalThis.__kernelPool;
						return p
							? {
									jobs: p.jobs,
									ms: p.jobMs,
									parallelJobs: p.parallelJobs,
									ownChunks: p.ownChunks,
									helperChunks: p.helperChunks
								}
							: null;
					})
					.catch(() => null);
			}
			const threads = Number(/(\d+) threads/.exec(line)?.[1] ?? 1);
			return {
				isolated: await page.evaluate(() => crossOriginIsolated),
				backend: await value('backend'),
				threads,
				imagesPerSecond: Number(await value('images-per-second')),
				kernels
			};
		} catch (e) {
			return { error: String(e).split('\n')[0] };
		} finally {
			await context.close();
		}
	};
	const one = [];
	const many = [];
	// isolated, our own kernels on one thread (the lab's default: only tfjs's XNNPACK is threaded)
	const single = [];
	for (let round = 0; round < 2; round++) {
		one.push(await run(false));
		many.push(await run(true, '&kernels=pool'));
		single.push(await run(true, '&kernels=single'));
	}
	log('threads, not isolated', JSON.stringify(one));
	log('threads, isolated, kernels=pool', JSON.stringify(many));
	log('threads, isolated, kernels=single', JSON.stringify(single));
	const bad = [...one, ...many, ...single].find((r) => r.error);
	if (bad) return na('train-threads-speedup', bad.error);
	if ([...many, ...single].some((r) => r.backend !== 'fast-cpu' || r.threads < 2))
		return na(
			'train-threads-speedup',
			`the isolated lab ran ${many[0].backend} on ${many[0].threads} thread(s)`
		);
	const sum = (rs) => rs.reduce((a, r) => a + r.imagesPerSecond, 0);
	print('train-threads', many[0].threads);
	print('lab-images-per-second-1-thread', round(sum(one) / one.length));
	print('lab-images-per-second-all-threads', round(sum(single) / single.length));
	print('train-threads-speedup', round(sum(single) / sum(one), 2));
	print('lab-images-per-second-all-threads-kernels-pool', round(sum(many) / many.length));
	print('train-threads-speedup-kernels-pool', round(sum(many) / sum(one), 2));
	print('kernel-pool-speedup', round(sum(many) / sum(single), 2));
	// the kernels alone: milliseconds per job in them, one thread ÷ the pool
	const perJob = (rs) => {
		const k = rs.map((r) => r.kernels).filter(Boolean);
		const jobs = k.reduce((a, x) => a + x.jobs, 0);
		return jobs ? k.reduce((a, x) => a + x.ms, 0) / jobs : NaN;
	};
	const ratio = perJob(single) / perJob(many);
	if (Number.isFinite(ratio)) print('kernel-pool-kernels-speedup', round(ratio, 2));
	else na('kernel-pool-kernels-speedup', 'the lab worker reported no kernel times');
}

/** The lab itself, training in its worker: the longest main-thread task while it trains. */
async function labPage(context, base) {
	const page = await context.newPage();
	await page.addInitScript(() => {
		window.__longtasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	});
	const res = await page.goto(`${base}/embed/training-lab/?epochs=2&autostart=1`);
	if (!res?.ok())
		return na('lab-longest-task-ms', `no /embed/training-lab/ in the build (HTTP ${res?.status()})`);
	const status = page.locator('output[name="status"]');
	try {
		await page.waitForSelector('output[name="status"][data-value="training"]', { timeout: 120_000 });
		const start = await page.evaluate(() => performance.now());
		await page.waitForSelector(
			'output[name="status"][data-value="done"], output[name="status"][data-value="error"]',
			{
				timeout: 300_000
			}
		);
		const end = await page.evaluate(() => performance.now());
		const tasks = await page.evaluate(() => window.__longtasks);
		const state = await status.getAttribute('data-value');
		const ips = await page
			.locator('output[name="images-per-second"]')
			.getAttribute('data-value')
			.catch(() => null);
		const backend = await page
			.locator('output[name="backend"]')
			.getAttribute('data-value')
			.catch(() => null);
		const readout = (name) =>
			page
				.locator(`output[name="${name}"]`)
				.getAttribute('data-value')
				.catch(() => null);
		const acc = await readout('test-accuracy');
		const during = tasks.filter(([t, d]) => t + d >= start && t <= end);
		log(`lab: status ${state}, backend ${backend}, test accuracy ${acc}, ${round((end - start) / 1000)} s`);
		log(
			`lab long tasks while training [ms after start, ms]: ${JSON.stringify(during.map(([t, d]) => [round(t - start, 0), round(d, 0)]))}`
		);
		if (state !== 'done') return na('lab-longest-task-ms', `lab training ended with status ${state}`);
		print('lab-longest-task-ms', round(longestIn(tasks, start, end)));
		if (ips) print('lab-images-per-second', round(Number(ips)));
		if (backend) print('lab-backend', backend);
	} catch (e) {
		na('lab-longest-task-ms', `lab did not train: ${String(e).split('\n')[0]}`);
	} finally {
		await page.close();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
