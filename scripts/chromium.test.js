import { describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS } from '../src/lib/offline/policy';
import { findChromium, ISOLATION } from './chromium.js';

describe('findChromium', () => {
	/** @param {string[]} paths */
	const has =
		(...paths) =>
		/** @param {string} p */ (p) =>
			paths.includes(p);
	it('prefers CHROMIUM_PATH', () => {
		expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, null, has('/opt/c', '/usr/bin/chromium'))).toBe(
			'/opt/c'
		);
	});
	it('reports a CHROMIUM_PATH that does not exist as missing', () => {
		expect(findChromium({ CHROMIUM_PATH: '/nope' }, null, has('/usr/bin/chromium'))).toBeNull();
	});
	it('falls back to /usr/bin/chromium, then Playwright’s own', () => {
		expect(findChromium({}, '/pw', has('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
		expect(findChromium({}, '/pw', has('/pw'))).toBe('/pw');
		expect(findChromium({}, '/pw', has())).toBeNull();
		expect(findChromium({}, null, has())).toBeNull();
	});
});

describe('ISOLATION', () => {
	it('is what the service worker adds (src/lib/offline/policy.ts)', () => {
		const policy = Object.fromEntries(
			Object.entries(ISOLATION_HEADERS).map(([k, v]) => [k.toLowerCase(), v])
		);
		expect(ISOLATION).toEqual(policy);
	});
});
