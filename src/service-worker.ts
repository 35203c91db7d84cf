/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the course after one visit: the first visit stores the whole built site (every lesson,
// every embed, the lab with its wasm and worker files); later visits work with the network off.
// It also makes our pages cross-origin isolated (COOP/COEP), so the lab can train on threads.
// A new version installs beside the old one and takes over on the next visit (the page says so).
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheName,
	offlinePage,
	pageKey,
	precacheList,
	staleCaches,
	strategyFor,
	withIsolation
} from '$lib/offline/policy';
import { offline as words } from '$lib/i18n/en/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const assets = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) =>
			// `reload`: straight from the server, not an HTTP-cached copy of the old version.
			cache.addAll(precacheList(build, files, prerendered).map((u) => new Request(u, { cache: 'reload' })))
		)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of staleCaches(await caches.keys(), version)) await caches.delete(name);
			// Control the pages already open on the first visit, so their later requests (the lab's
			// worker, say) come from the cache too.
			await sw.clients.claim();
		})()
	);
});

// "Use it now" in the update notice.
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') void sw.skipWaiting();
});

async function cacheFirst(req: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(req, { ignoreSearch: true });
	if (hit) return hit;
	const res = await fetch(req);
	if (res.ok) await cache.put(req, res.clone());
	return res;
}

async function networkThenCache(req: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const key = pageKey(req.url);
	try {
		const res = await fetch(req);
		if (res.ok && res.type === 'basic') await cache.put(key, res.clone());
		return res;
	} catch (err) {
		const hit = (await cache.match(key)) ?? (await cache.match(req, { ignoreSearch: true }));
		if (hit) return hit;
		// A page never stored: say "offline" in a page, not the browser's error.
		if (req.mode === 'navigate')
			return offlinePage(
				{
					title: words['offline.page.title'],
					detail: words['offline.page.detail'],
					home: words['offline.page.home']
				},
				base
			);
		throw err;
	}
}

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	const how = strategyFor(req, sw.location.origin, base, assets);
	if (how === 'pass') return;
	const res = how === 'cache-first' ? cacheFirst(req) : networkThenCache(req);
	event.respondWith(res.then(withIsolation));
});
