// Loads a generated folder and .zip with the public casting data set's full shape (7,348 images,
// 300×300 PNG like the real photos) into the lab at 64 px, in headless Chromium, and prints per
// source: the load time, the growth of the browser's memory (resident memory of all its
// processes, page and worker included, sampled every 100 ms, peak minus before) and the longest
// main-thread task while it loaded.
//   npx vite build && npx vite-node scripts/lab/measure-load.ts      (env: SIZE=64, IMAGE=300)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { FULL_COUNT, writeFullFolder, writeFullZip } from '../../tests/full-dataset';

const size = Number(process.env.SIZE ?? 64);
const image = Number(process.env.IMAGE ?? 300);

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer();
		s.listen(0, () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

/** Resident memory (bytes) of every process whose ancestry reaches one started with `marker`. */
function treeRss(marker: string): number {
	const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
	const parent = new Map<string, string>();
	const roots = new Set<string>();
	const rss = new Map<string, number>();
	for (const pid of procs) {
		try {
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			parent.set(pid, /PPid:\s+(\d+)/.exec(status)?.[1] ?? '0');
			rss.set(pid, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
			if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) roots.add(pid);
		} catch {
			// gone meanwhile
		}
	}
	let total = 0;
	for (const pid of rss.keys()) {
		for (let p: string | undefined = pid; p && p !== '0'; p = parent.get(p))
			if (roots.has(p)) {
				total += rss.get(pid)!;
				break;
			}
	}
	return total;
}

const exe = findChromium(process.env, null);
if (!exe) throw new Error('no Chromium found');
const port = await freePort();
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
const stop = () => {
	try {
		process.kill(-server.pid!, 'SIGTERM');
	} catch {
		// already gone
	}
};
process.on('exit', stop);
const base = `http://localhost:${port}`;
for (let i = 0; i < 240; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		// not up yet
	}
	await new Promise((r) => setTimeout(r, 250));
}

console.error(`[measure-load] writing ${FULL_COUNT} images of ${image}×${image} as a folder and a .zip…`);
const sources = [
	{ name: 'folder', label: 'Load your own dataset', path: writeFullFolder(image) },
	{ name: 'zip', label: 'Or load a .zip of it', path: writeFullZip(image) }
];

for (const src of sources) {
	const dir = mkdtempSync(join(tmpdir(), 'lab-measure-profile-'));
	const context = await chromium.launchPersistentContext(dir, { executablePath: exe, args: CHROMIUM_ARGS });
	const page = context.pages()[0] ?? (await context.newPage());
	await page.addInitScript(() => {
		const w = window as unknown as { __longtasks: number[][] };
		w.__longtasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longtasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${base}/embed/training-lab/?size=${size}&count=40`);
	await page.locator('[data-dataset="built-in"]').waitFor({ timeout: 120_000 });
	await page.waitForTimeout(2000);
	const before = treeRss(dir);
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, treeRss(dir))), 100);
	const start = await page.evaluate(() => performance.now());
	const t0 = Date.now();
	await page.getByLabel(src.label).setInputFiles(src.path);
	await page.locator('[data-dataset="upload"]').waitFor({ timeout: 600_000 });
	const seconds = (Date.now() - t0) / 1000;
	clearInterval(sampler);
	peak = Math.max(peak, treeRss(dir));
	const end = await page.evaluate(() => performance.now());
	const tasks = await page.evaluate(() => (window as unknown as { __longtasks: number[][] }).__longtasks);
	const longest = Math.max(0, ...tasks.filter(([t, d]) => t + d >= start && t <= end).map(([, d]) => d));
	const counts = await page.evaluate(() =>
		['train-count', 'test-count'].map((n) =>
			document.querySelector(`output[name="${n}"]`)?.getAttribute('data-value')
		)
	);
	console.log(`${src.name}-images: ${counts.join(' train + ')} test`);
	console.log(`${src.name}-load-seconds: ${seconds.toFixed(1)}`);
	console.log(`${src.name}-memory-growth-mb: ${((peak - before) / 2 ** 20).toFixed(0)}`);
	console.log(`${src.name}-longest-main-thread-task-ms: ${longest.toFixed(0)}`);
	await context.close();
}
stop();
process.exit(0);
