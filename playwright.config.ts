import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// Run through `npm run test:e2e`, which finds the browser and builds the site first.
export default defineConfig({
	testDir: 'tests',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: {
			executablePath: findChromium(process.env, null) ?? undefined,
			args: CHROMIUM_ARGS
		},
		trace: 'off',
		// The service worker stays out of the page tests: its own fetches are not seen by
		// `page.on('request')` (so the "requests leaving the origin" guard in fixtures.ts would miss
		// them) nor by `page.route`, and each test's fresh context would precache the whole site.
		// tests/offline.spec.ts turns it on. E2E_SERVICE_WORKERS=allow runs every spec with it.
		serviceWorkers: process.env.E2E_SERVICE_WORKERS === 'allow' ? 'allow' : 'block'
	},
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
