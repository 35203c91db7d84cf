import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.js';

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
		baseURL: 'http://localhost:4173',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || undefined,
			args: CHROMIUM_ARGS
		},
		trace: 'off'
	},
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort',
		url: 'http://localhost:4173/',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
