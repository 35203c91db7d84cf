import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { offlineWorkerFiles } from './scripts/offline-worker-files.js';

const PURE_MODULES = /\/src\/lib\/(?!lab\/)[^?]*\.(svelte|ts|js)$/;

export default defineConfig({
	plugins: [sveltekit(), offlineWorkerFiles()],
	server: { fs: { allow: ['content'] } },
	// The training lab's worker imports tfjs dynamically (code-splitting), which needs ES workers.
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: true },
	build: {
		rollupOptions: {
			treeshake: {
				// Lessons import widgets from one barrel. Svelte components run a little code when
				// their module loads, so Rollup keeps every re-exported widget unless told that our
				// own modules have no side effects worth keeping when nothing they export is used.
				// The lab is left out: its kernels register themselves with tfjs on import.
				moduleSideEffects: (id) => !PURE_MODULES.test(id)
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
		// Unit tests see every string; tests/…/strings coverage checks what each page loads.
		setupFiles: ['src/lib/i18n/all-strings.ts'],
		environment: 'node'
	}
});
