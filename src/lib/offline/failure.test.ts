import { describe, expect, it } from 'vitest';
import { describeFailure, isNetworkError } from './failure';

describe('isNetworkError', () => {
	it('knows each browser’s words for a request that never arrived', () => {
		for (const m of [
			'Failed to fetch',
			'Failed to fetch dynamically imported module: http://x/_app/immutable/nodes/5.js',
			'NetworkError when attempting to fetch resource.',
			'error loading dynamically imported module: http://x/a.js',
			'Load failed',
			'Importing a module script failed.'
		])
			expect(isNetworkError(new TypeError(m)), m).toBe(true);
	});
	it('leaves other errors alone', () => {
		expect(isNetworkError(new Error('Failed to fetch'))).toBe(false); // not a TypeError
		expect(isNetworkError(new TypeError('x is undefined'))).toBe(false);
		expect(isNetworkError(new SyntaxError('Unexpected token'))).toBe(false);
		expect(isNetworkError('Failed to fetch')).toBe(false);
		expect(isNetworkError(null)).toBe(false);
	});
});

describe('describeFailure', () => {
	it('says offline when the browser knows it is, whatever the status', () => {
		for (const status of [404, 500]) {
			const f = describeFailure(status, { message: 'Internal Error' }, false);
			expect(f.kind).toBe('offline');
			expect(f.title).toMatch(/offline/i);
			expect(f.detail).toMatch(/network/i);
		}
	});
	it('says offline for a network error while the browser thinks it is online', () => {
		expect(describeFailure(500, { message: 'Internal Error', network: true }, true).kind).toBe('offline');
	});
	it('a missing page and any other error name themselves', () => {
		expect(describeFailure(404, { message: 'Not Found' }, true).kind).toBe('not-found');
		const other = describeFailure(500, { message: 'Boom' }, true);
		expect(other.kind).toBe('error');
		expect(other.title).toContain('500');
		expect(other.detail).toContain('Boom');
		expect(describeFailure(500, null, true).detail).not.toMatch(/undefined|null/);
	});
});
