// Progress for one page: a rune class created where it is needed (course page, lesson page,
// quiz), loaded in the browser with `load()`. Every change re-reads storage first, so two
// instances on one page (the lesson and its quiz) never write over each other.
import { t } from '$lib/i18n';
import { emptyProgress, parseProgress, type ProgressData } from './schema';
import {
	getStorage,
	loadProgress,
	saveProgress,
	type KeyValueStore,
	type Loaded,
	type LoadStatus
} from './storage';
import { completedCount, markVisited, mergeProgress, recordQuiz } from './update';

export const MAX_IMPORT_BYTES = 256 * 1024;

export class ProgressState {
	data = $state<ProgressData>(emptyProgress());
	status = $state<LoadStatus | 'loading'>('loading');
	/** Set when a write failed although storage looked available. */
	saveFailed = $state(false);
	problem = $state<string | undefined>(undefined);
	backupKey = $state<string | undefined>(undefined);
	#store: KeyValueStore | null = null;
	/** False when unreadable data could not be backed up: never save over it. */
	#canSave = true;

	completed = $derived(completedCount(this.data));
	saving = $derived(
		this.status !== 'unavailable' && this.status !== 'loading' && this.#canSave && !this.saveFailed
	);

	/** Notices to show the learner about storage (empty when all is well). */
	notices = $derived.by(() => {
		const out: string[] = [];
		if (this.status === 'unavailable') out.push(t('progress.unavailable'));
		if (this.status === 'reset')
			out.push(
				this.backupKey
					? t('progress.reset', { problem: this.problem ?? '', key: this.backupKey })
					: t('progress.reset-no-copy', { problem: this.problem ?? '' })
			);
		if (this.status === 'migrated') out.push(t('progress.migrated'));
		if (this.saveFailed) out.push(t('progress.save-failed'));
		return out;
	});

	/** Read progress. `repair: false` leaves unreadable data for the page's own instance to handle. */
	load(store: KeyValueStore | null = getStorage(), repair = true) {
		this.#store = store;
		this.#apply(loadProgress(store, Date.now, repair));
		return this;
	}

	#apply(r: Loaded) {
		this.data = r.data;
		this.status = r.status;
		this.problem = r.problem;
		this.backupKey = r.backupKey;
		this.#canSave = r.status !== 'reset' || r.backupKey !== undefined;
	}

	/** Re-read storage (repairing it if unreadable), apply the change, save. */
	update(change: (d: ProgressData) => ProgressData) {
		let current = this.data;
		if (this.#store) {
			const fresh = loadProgress(this.#store);
			if (fresh.status === 'reset') this.#apply(fresh);
			if (fresh.status !== 'unavailable') current = fresh.data;
		}
		const next = change(current);
		if (this.#store && this.#canSave && !saveProgress(this.#store, next)) this.saveFailed = true;
		this.data = next;
	}

	visit(slug: string) {
		this.update((d) => markVisited(d, slug));
	}

	recordQuiz(slug: string, score: number, total: number) {
		this.update((d) => recordQuiz(d, slug, score, total));
	}

	/** Merge an imported file's text; returns the problem, or null when it worked. */
	importText(text: string): { ok: true; lessons: number } | { ok: false; problem: string } {
		const parsed = parseProgress(text);
		if (!parsed.ok) return parsed;
		this.update((d) => mergeProgress(d, parsed.data));
		return { ok: true, lessons: Object.keys(parsed.data.lessons).length };
	}
}
