import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['content'] } },
	// The training lab's worker imports tfjs dynamically (code-splitting), which needs ES workers.
	worker: { format: 'es' },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
		environment: 'node'
	}
});
