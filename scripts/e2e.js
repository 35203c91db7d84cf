// `npm run test:e2e`: find a Chromium, build the site, run Playwright against `vite preview`.
// Extra arguments go to Playwright (e.g. `npm run test:e2e -- tests/smoke.spec.ts`).
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium, INSTALL_HINT } from './chromium.js';

/** @returns {string | null} */
function playwrightOwn() {
	try {
		return chromium.executablePath();
	} catch {
		return null;
	}
}

const path = findChromium(process.env, playwrightOwn());
if (!path) {
	console.error(INSTALL_HINT);
	process.exit(1);
}

/** @param {string} cmd @param {string[]} args @param {Record<string, string>} env */
function run(cmd, args, env = {}) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.env.SKIP_BUILD) {
	run('npx', ['vite', 'build', '--logLevel', 'warn']);
	run('node', ['scripts/scorm.js']); // the quizzes' SCORM packages, as `npm run build` makes them
}
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: path });
