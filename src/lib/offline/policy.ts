/**
 * What the service worker does with each request, as plain functions (no service-worker globals),
 * so Vitest can check them. See src/service-worker.ts for where they are used.
 */

/** Our caches are named `<prefix><version>`; anything else with the prefix is an old version. */
export const CACHE_PREFIX = 'cnn-lab-';

export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/** Caches to delete when a version activates: ours, of another version. Other sites' names stay. */
export function staleCaches(names: readonly string[], version: string): string[] {
	const keep = cacheName(version);
	return names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== keep);
}

/**
 * Everything the first visit stores: Vite's output (hashed, so versioned), the static folder, and
 * every prerendered page (lessons, embeds, the lab). Deduplicated, order kept.
 */
export function precacheList(
	build: readonly string[],
	files: readonly string[],
	prerendered: readonly string[]
): string[] {
	return [...new Set([...build, ...files, ...prerendered])];
}

export type Strategy = 'cache-first' | 'network-then-cache' | 'pass';

/**
 * - `cache-first` for Vite's hashed files and the static folder: their URL changes when their
 *   content does (static files are re-fetched with each new version's precache).
 * - `network-then-cache` for pages and anything else of ours: fresh when online, the stored copy
 *   when not.
 * - `pass` (the service worker stays out of it) for other origins, other methods, and paths
 *   outside the site's base.
 */
export function strategyFor(
	req: { method: string; url: string },
	origin: string,
	base: string,
	assets: ReadonlySet<string>
): Strategy {
	if (req.method !== 'GET') return 'pass';
	const url = new URL(req.url);
	if (url.origin !== origin) return 'pass';
	if (!(url.pathname === base || url.pathname.startsWith(`${base}/`))) return 'pass';
	if (assets.has(url.pathname)) return 'cache-first';
	return 'network-then-cache';
}

/** The key a page is stored under: the path without query or hash (an embed's state). */
export function pageKey(url: string): string {
	const u = new URL(url);
	return `${u.origin}${u.pathname}`;
}

/**
 * The headers that make a page cross-origin isolated (shared memory, so wasm threads), added to
 * every response of ours that the service worker serves. Static hosts cannot send them; the
 * service worker can. Inside a cross-origin iframe (a learning platform) the page is still not
 * isolated, because its top-level page is not; the lab then trains on one thread.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

export function isolatedHeaders(headers: Headers): Headers {
	const out = new Headers(headers);
	for (const [k, v] of Object.entries(ISOLATION_HEADERS)) out.set(k, v);
	return out;
}

/** A copy of `res` with the isolation headers (a new Response, so also never `redirected`). */
export function withIsolation(res: Response): Response {
	if (res.type === 'opaque' || res.type === 'opaqueredirect' || res.status === 0) return res;
	return new Response(res.body, {
		status: res.status,
		statusText: res.statusText,
		headers: isolatedHeaders(res.headers)
	});
}

/** The words of the offline page (the same as the site's error page, src/lib/i18n/en/offline.ts). */
export interface OfflineWords {
	title: string;
	detail: string;
	home: string;
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * What a page request gets when the network is gone and the page was never stored (an address
 * that is not part of the course, or one stored before it existed): a small page of its own that
 * says so, instead of the browser's own error. No script; status 503.
 */
export function offlinePage(words: OfflineWords, base: string): Response {
	const [title, detail, home] = [words.title, words.detail, words.home].map(escapeHtml);
	const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}@media (prefers-color-scheme:dark){body{background:#1d2024;color:#eceff1}a{color:#8ab4f8}}</style>
</head><body><main data-failure="offline"><h1>${title}</h1><p>${detail}</p><p><a href="${escapeHtml(base)}/">${home}</a></p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }
	});
}
