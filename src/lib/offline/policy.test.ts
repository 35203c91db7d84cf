import { describe, expect, it } from 'vitest';
import {
	cacheName,
	isolatedHeaders,
	offlinePage,
	pageKey,
	precacheList,
	staleCaches,
	strategyFor,
	withIsolation
} from './policy';

const origin = 'https://example.org';
const assets = new Set(['/_app/immutable/entry/app.js', '/favicon.svg', '/sub/_app/x.wasm']);

describe('strategyFor', () => {
	const get = (path: string, method = 'GET') => ({ method, url: `${origin}${path}` });
	it('serves hashed and static files from the cache first', () => {
		expect(strategyFor(get('/_app/immutable/entry/app.js'), origin, '', assets)).toBe('cache-first');
		expect(strategyFor(get('/favicon.svg?v=2'), origin, '', assets)).toBe('cache-first');
	});
	it('tries the network first for pages, with or without a query', () => {
		expect(strategyFor(get('/lessons/convolution/'), origin, '', assets)).toBe('network-then-cache');
		expect(strategyFor(get('/embed/training-lab/?epochs=2'), origin, '', assets)).toBe('network-then-cache');
		expect(strategyFor(get('/'), origin, '', assets)).toBe('network-then-cache');
	});
	it('stays out of other origins, other methods and paths outside the base', () => {
		expect(strategyFor({ method: 'GET', url: 'https://cdn.example.com/x.js' }, origin, '', assets)).toBe(
			'pass'
		);
		expect(strategyFor(get('/lessons/convolution/', 'POST'), origin, '', assets)).toBe('pass');
		expect(strategyFor(get('/other/page/'), origin, '/sub', assets)).toBe('pass');
		expect(strategyFor(get('/subway/'), origin, '/sub', assets)).toBe('pass');
		expect(strategyFor(get('/sub/'), origin, '/sub', assets)).toBe('network-then-cache');
		expect(strategyFor(get('/sub'), origin, '/sub', assets)).toBe('network-then-cache');
		expect(strategyFor(get('/sub/_app/x.wasm'), origin, '/sub', assets)).toBe('cache-first');
	});
});

describe('caches', () => {
	it('removes only our caches of other versions', () => {
		const names = ['cnn-lab-1', 'cnn-lab-2', 'someone-else', 'cnn-lab-3'];
		expect(staleCaches(names, '2')).toEqual(['cnn-lab-1', 'cnn-lab-3']);
		expect(staleCaches([cacheName('7')], '7')).toEqual([]);
	});
	it('precaches each file once, keeping every list', () => {
		const list = precacheList(['/a.js', '/b.wasm'], ['/favicon.svg', '/a.js'], ['/', '/lessons/x/']);
		expect(list).toEqual(['/a.js', '/b.wasm', '/favicon.svg', '/', '/lessons/x/']);
	});
	it('stores pages without their query', () => {
		expect(pageKey(`${origin}/embed/training-lab/?epochs=2#x`)).toBe(`${origin}/embed/training-lab/`);
	});
});

describe('isolation headers', () => {
	it('adds COOP and COEP and keeps the rest', () => {
		const h = isolatedHeaders(
			new Headers({ 'content-type': 'text/html', 'cross-origin-opener-policy': 'unsafe-none' })
		);
		expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(h.get('cross-origin-embedder-policy')).toBe('require-corp');
		expect(h.get('content-type')).toBe('text/html');
	});
	it('copies the status and body', async () => {
		const res = withIsolation(new Response('hello', { status: 404, statusText: 'Not Found' }));
		expect(res.status).toBe(404);
		expect(res.statusText).toBe('Not Found');
		expect(await res.text()).toBe('hello');
		expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
	});
});

describe('offlinePage', () => {
	const words = { title: 'You are offline', detail: 'Not stored <yet> & no network.', home: 'Home' };
	it('is a page of its own that says offline and links home, with no script', async () => {
		const res = offlinePage(words, '/course');
		expect(res.status).toBe(503);
		expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
		const html = await res.text();
		expect(html).toContain('<h1>You are offline</h1>');
		expect(html).toContain('href="/course/"');
		expect(html).toContain('Not stored &lt;yet&gt; &amp; no network.');
		expect(html).not.toMatch(/<script/i);
	});
});
