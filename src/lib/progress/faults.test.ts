// Storage faults (issue 17) through the page's own ProgressState and getStorage, with a fake
// window.localStorage: blocked, full (quota errors on write), and corrupted. In each the site
// keeps working, good data survives, a bad copy is kept under another key, and the learner is
// told once, in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '$lib/i18n';
import { emptyProgress, serialize } from './schema';
import { ProgressState } from './progress.svelte';
import { BACKUP_PREFIX, STORAGE_KEY, getStorage, isQuotaError } from './storage';
import { recordQuiz } from './update';

/** A Storage with a byte budget, like a browser's (keys and values counted in UTF-16 units). */
class FakeStorage {
	map = new Map<string, string>();
	constructor(public budget = Infinity) {}
	used() {
		let n = 0;
		for (const [k, v] of this.map) n += k.length + v.length;
		return n;
	}
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		const after =
			this.used() - (this.map.has(k) ? k.length + this.map.get(k)!.length : 0) + k.length + v.length;
		if (after > this.budget) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.map.set(k, v);
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
	get length() {
		return this.map.size;
	}
	key(i: number) {
		return [...this.map.keys()][i] ?? null;
	}
	clear() {
		this.map.clear();
	}
}

const good = serialize(recordQuiz(emptyProgress(), 'environments', 4, 4));

afterEach(() => vi.unstubAllGlobals());

describe('storage faults', () => {
	it('blocked storage: progress lasts for the page, one notice, nothing throws', () => {
		vi.stubGlobal('localStorage', undefined);
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		try {
			expect(getStorage()).toBeNull();
			const p = new ProgressState().load();
			p.visit('environments');
			p.recordQuiz('environments', 4, 4);
			p.visit('convolution');
			expect(p.completed).toBe(1);
			expect(p.notices).toEqual([t('progress.unavailable')]);
		} finally {
			delete (globalThis as { localStorage?: unknown }).localStorage;
		}
	});

	it('full storage: the saved progress is still shown, kept intact, and one failed save is told once', () => {
		const s = new FakeStorage();
		s.setItem(STORAGE_KEY, good);
		s.budget = s.used(); // full: nothing more fits, not even the probe
		vi.stubGlobal('localStorage', s);
		expect(getStorage()).toBe(s);
		const p = new ProgressState().load();
		expect(p.completed).toBe(1);
		expect(p.notices).toEqual([]);
		p.visit('convolution'); // a bigger record: does not fit
		p.visit('pooling');
		p.recordQuiz('pooling', 3, 3);
		expect(p.notices).toEqual([t('progress.save-failed')]);
		expect(p.completed).toBe(2); // this page goes on counting
		expect(s.getItem(STORAGE_KEY)).toBe(good); // the good copy survives
	});

	it('a quota error is told apart from other refusals', () => {
		expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
		expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
	});

	it('corrupted data: kept under another key, progress starts again, told once', () => {
		const s = new FakeStorage();
		s.setItem(STORAGE_KEY, '{"version": 2, "lessons": [oops');
		vi.stubGlobal('localStorage', s);
		const p = new ProgressState().load();
		expect(p.notices).toHaveLength(1);
		expect(p.notices[0]).toContain(BACKUP_PREFIX);
		const backups = [...s.map.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
		expect(backups.map((k) => s.getItem(k))).toEqual(['{"version": 2, "lessons": [oops']);
		p.recordQuiz('environments', 4, 4);
		p.visit('convolution');
		expect(p.notices).toHaveLength(1);
		// The next page load finds good data and says nothing.
		const next = new ProgressState().load();
		expect(next.completed).toBe(1);
		expect(next.notices).toEqual([]);
	});

	it('corrupted data in full storage: left where it is, not saved over, told once', () => {
		const s = new FakeStorage();
		s.setItem(STORAGE_KEY, '{broken');
		s.budget = s.used();
		vi.stubGlobal('localStorage', s);
		const p = new ProgressState().load();
		p.recordQuiz('environments', 4, 4);
		expect(p.completed).toBe(1);
		expect(p.notices).toEqual([t('progress.reset-no-copy', { problem: p.problem ?? '' })]);
		expect(s.getItem(STORAGE_KEY)).toBe('{broken');
	});
});
