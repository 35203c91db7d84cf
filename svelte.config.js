import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import remarkMath from 'remark-math';
import { rehypeLesson } from './src/lib/content/rehype-lesson.js';

/** Sub-folder hosting (e.g. GitHub Pages): BASE_PATH=/repo-name npm run build */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			smartypants: { dashes: 'oldschool' },
			remarkPlugins: [remarkMath],
			rehypePlugins: [rehypeLesson]
		})
	],
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base },
		// src/service-worker.ts is registered by src/lib/offline/register.ts, which also tells the
		// learner when a new version is ready.
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// wasm-unsafe-eval lets WebAssembly compile; plain eval stays forbidden.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// Svelte writes style attributes (style:prop), which need unsafe-inline.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
