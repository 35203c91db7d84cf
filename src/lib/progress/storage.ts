// Reading and writing progress in the browser's localStorage, with the failures made explicit:
// no storage (private mode, a sandboxed iframe, a browser that throws) and unreadable data.
import { emptyProgress, parseProgress, serialize, CURRENT_VERSION, type ProgressData } from './schema';

export const STORAGE_KEY = 'cnn-lab-progress';
/** Unreadable saved data is moved here (plus a time stamp) before progress is reset. */
export const BACKUP_PREFIX = 'cnn-lab-progress.unreadable.';

/** The subset of the Web Storage API used here (tests pass a Map-backed fake). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadStatus =
	/** Nothing saved yet. */
	| 'fresh'
	| 'ok'
	/** Saved by an older version of the site and brought up to date (and saved back). */
	| 'migrated'
	/** Saved data could not be read: progress was reset, the bad copy kept under `backupKey`. */
	| 'reset'
	/** No storage: progress lasts for this page only. */
	| 'unavailable';

export interface Loaded {
	data: ProgressData;
	status: LoadStatus;
	problem?: string;
	backupKey?: string;
}

/**
 * localStorage if it can be used, else null. Never throws. Storage that is full (a quota error
 * on the probe write) is still returned when it can be read: the progress saved there is shown,
 * and the first save that fails is reported (ProgressState.saveFailed) instead of hiding it all.
 */
export function getStorage(): KeyValueStore | null {
	let s: Storage | undefined;
	try {
		s = globalThis.localStorage;
		if (!s) return null;
	} catch {
		return null;
	}
	const probe = `${STORAGE_KEY}.probe`;
	try {
		s.setItem(probe, '1');
		s.removeItem(probe);
		return s;
	} catch (e) {
		if (!isQuotaError(e)) return null;
		try {
			s.getItem(STORAGE_KEY);
			return s;
		} catch {
			return null;
		}
	}
}

/** A write refused because storage is full (named differently across browsers). */
export function isQuotaError(e: unknown): boolean {
	return (
		e instanceof DOMException &&
		(e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
	);
}

export function saveProgress(store: KeyValueStore | null, data: ProgressData): boolean {
	if (!store) return false;
	try {
		store.setItem(STORAGE_KEY, serialize(data));
		return true;
	} catch {
		return false;
	}
}

/**
 * Load progress. With `repair` (the default), unreadable data is backed up and reset; without,
 * it is reported but left as it is (for a second reader on a page that leaves repair to the page).
 */
export function loadProgress(
	store: KeyValueStore | null,
	now: () => number = Date.now,
	repair = true
): Loaded {
	if (!store) return { data: emptyProgress(), status: 'unavailable' };
	let raw: string | null;
	try {
		raw = store.getItem(STORAGE_KEY);
	} catch {
		return { data: emptyProgress(), status: 'unavailable' };
	}
	if (raw === null) return { data: emptyProgress(), status: 'fresh' };
	const parsed = parseProgress(raw);
	if (parsed.ok) {
		if (parsed.from === CURRENT_VERSION) return { data: parsed.data, status: 'ok' };
		saveProgress(store, parsed.data);
		return { data: parsed.data, status: 'migrated' };
	}
	const data = emptyProgress();
	if (!repair) return { data, status: 'reset', problem: parsed.problem };
	// Keep the unreadable copy under its own key, then start again, so the site works and
	// nothing is lost for good (it can be recovered from the browser's storage by hand).
	const backupKey = `${BACKUP_PREFIX}${now()}`;
	try {
		store.setItem(backupKey, raw);
	} catch {
		// Could not keep a copy (storage full): leave the bad data where it is and do not save over it.
		return { data, status: 'reset', problem: parsed.problem };
	}
	saveProgress(store, data);
	return { data, status: 'reset', problem: parsed.problem, backupKey };
}
