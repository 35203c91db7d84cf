// A Vite plugin: lists the lab worker's own files (its script, chunks and the wasm binaries it
// loads) in the client build's manifest, so SvelteKit's `$service-worker` `build` list (made from
// that manifest, which Vite writes for the page bundle only) includes them and the service worker
// precaches them. Without this, the lab would train offline only if it had been opened online.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir`, as paths relative to `root` with forward slashes, sorted.
 * @param {string} root
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(root, dir) {
	if (!existsSync(dir)) return [];
	/** @type {string[]} */
	const out = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...filesUnder(root, p));
		else out.push(relative(root, p).split(sep).join('/'));
	}
	return out.sort();
}

/**
 * The manifest with one more entry naming the worker files (unchanged when there are none).
 * @param {Record<string, unknown>} manifest
 * @param {string[]} files
 */
export function withWorkerFiles(manifest, files) {
	if (files.length === 0) return manifest;
	const [file, ...assets] = files;
	return { ...manifest, 'offline:lab-worker-files': { file, assets } };
}

/** @returns {import('vite').Plugin} */
export function offlineWorkerFiles({ appDir = '_app' } = {}) {
	return {
		name: 'offline-worker-files',
		apply: 'build',
		/** @param {{ dir?: string }} options */
		writeBundle(options) {
			const dir = options.dir;
			if (!dir) return;
			const manifestPath = join(dir, '.vite', 'manifest.json');
			const workers = join(dir, appDir, 'immutable', 'workers');
			if (!existsSync(manifestPath) || !existsSync(workers)) return;
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
			writeFileSync(
				manifestPath,
				JSON.stringify(withWorkerFiles(manifest, filesUnder(dir, workers)), null, 2)
			);
		}
	};
}
