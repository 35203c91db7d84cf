// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
// Playwright's own download. Returns null when there is none.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-unsafe-swiftshader'
];

export const INSTALL_HINT =
	'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere `npx playwright install chromium`) or set CHROMIUM_PATH.';

/**
 * @param {{ CHROMIUM_PATH?: string }} env
 * @param {string | null} playwrightOwn Playwright's own browser path, if it knows one
 * @param {(p: string) => boolean} exists
 */
export function findChromium(env, playwrightOwn, exists = existsSync) {
	if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
	if (exists('/usr/bin/chromium')) return '/usr/bin/chromium';
	return playwrightOwn && exists(playwrightOwn) ? playwrightOwn : null;
}

/** The headers that make a page cross-origin isolated, as the service worker adds them (src/lib/offline/policy.ts). */
export const ISOLATION = {
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-embedder-policy': 'require-corp'
};

/**
 * Serve every response in `context` cross-origin isolated (shared memory, so threads), as the
 * installed service worker would, without one.
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function serveIsolated(context) {
	await context.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION } });
	});
}
