import { describe, expect, it } from 'vitest';
import { APP_ID, emptyProgress, parseProgress } from './schema';
import { BACKUP_PREFIX, STORAGE_KEY, loadProgress, saveProgress, type KeyValueStore } from './storage';
import { completedCount, lessonStatus, markVisited, mergeProgress, recordQuiz } from './update';

class MemoryStore implements KeyValueStore {
	map = new Map<string, string>();
	failWrites = false;
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
		this.map.set(k, v);
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}

describe('loading and saving progress', () => {
	it('starts fresh, then reads back what it saved', () => {
		const s = new MemoryStore();
		expect(loadProgress(s).status).toBe('fresh');
		const data = recordQuiz(emptyProgress(), 'environments', 3, 3);
		expect(saveProgress(s, data)).toBe(true);
		expect(loadProgress(s)).toEqual({ data, status: 'ok' });
	});

	it('without storage: empty progress, status unavailable, saving reports failure', () => {
		expect(loadProgress(null).status).toBe('unavailable');
		expect(saveProgress(null, emptyProgress())).toBe(false);
	});

	it('a store that throws on read counts as unavailable', () => {
		const throwing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {},
			removeItem: () => {}
		};
		expect(loadProgress(throwing).status).toBe('unavailable');
	});

	it('unreadable data: reset, the bad copy kept under another key', () => {
		const s = new MemoryStore();
		s.setItem(STORAGE_KEY, '{not json');
		const r = loadProgress(s, () => 1234);
		expect(r.status).toBe('reset');
		expect(r.backupKey).toBe(`${BACKUP_PREFIX}1234`);
		expect(s.getItem(`${BACKUP_PREFIX}1234`)).toBe('{not json');
		expect(loadProgress(s).status).toBe('ok');
	});

	it('unreadable data that cannot be backed up is left untouched', () => {
		const s = new MemoryStore();
		s.setItem(STORAGE_KEY, '{not json');
		s.failWrites = true;
		const r = loadProgress(s);
		expect(r.status).toBe('reset');
		expect(r.backupKey).toBeUndefined();
		expect(s.getItem(STORAGE_KEY)).toBe('{not json');
	});

	it('old versions are migrated and saved back in the current version', () => {
		const s = new MemoryStore();
		s.setItem(STORAGE_KEY, JSON.stringify({ version: 1, visited: ['environments'] }));
		const r = loadProgress(s);
		expect(r.status).toBe('migrated');
		expect(lessonStatus(r.data, 'environments')).toBe('visited');
		const saved = parseProgress(s.getItem(STORAGE_KEY)!);
		expect(saved.ok && saved.from).toBe(2);
	});
});

describe('updating progress', () => {
	it('marks visited without touching the score', () => {
		const d = markVisited(recordQuiz(emptyProgress(), 'x', 1, 3), 'x');
		expect(d.lessons.x).toEqual({ visited: true, best: 1, total: 3, completed: false });
	});

	it('keeps the best score and completes once passed, for good', () => {
		let d = recordQuiz(emptyProgress(), 'x', 2, 4);
		expect(d.lessons.x).toMatchObject({ best: 2, total: 4, completed: false });
		d = recordQuiz(d, 'x', 4, 4);
		expect(d.lessons.x).toMatchObject({ best: 4, total: 4, completed: true });
		d = recordQuiz(d, 'x', 1, 4);
		expect(d.lessons.x).toMatchObject({ best: 4, total: 4, completed: true });
		expect(completedCount(d)).toBe(1);
	});

	it('ignores impossible scores', () => {
		const d = emptyProgress();
		expect(recordQuiz(d, 'x', 5, 4)).toBe(d);
		expect(recordQuiz(d, 'x', 1, 0)).toBe(d);
		expect(recordQuiz(d, 'x', 0.5, 2)).toBe(d);
	});

	it('merging keeps everything learnt on either side', () => {
		const a = recordQuiz(markVisited(emptyProgress(), 'a'), 'b', 1, 3);
		const b = recordQuiz(markVisited(emptyProgress(), 'c'), 'b', 3, 3);
		const m = mergeProgress(a, b);
		expect(m.app).toBe(APP_ID);
		expect(lessonStatus(m, 'a')).toBe('visited');
		expect(lessonStatus(m, 'c')).toBe('visited');
		expect(m.lessons.b).toMatchObject({ best: 3, total: 3, completed: true });
		expect(mergeProgress(b, a).lessons.b).toMatchObject({ best: 3, completed: true });
		expect(lessonStatus(m, 'nowhere')).toBe('none');
	});
});

describe('a reader that does not repair', () => {
	it('reports unreadable data but leaves it in place', () => {
		const s = new Map<string, string>([[STORAGE_KEY, '[']]);
		const store = {
			getItem: (k: string) => s.get(k) ?? null,
			setItem: (k: string, v: string) => void s.set(k, v),
			removeItem: (k: string) => void s.delete(k)
		};
		const r = loadProgress(store, Date.now, false);
		expect(r.status).toBe('reset');
		expect(r.backupKey).toBeUndefined();
		expect([...s.keys()]).toEqual([STORAGE_KEY]);
	});
});
