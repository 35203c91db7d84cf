// How far a training run has got: batches done out of all batches of all epochs. The progress
// bar and the time-left estimate both read it, so they cannot disagree.
import type { BatchLog } from './train';

export interface Progress {
	/** Batches done so far (the one just logged included). */
	done: number;
	/** Batches in the whole run: epochs × batches per epoch. */
	total: number;
	/** done / total, in 0…1 (0 before the first batch). */
	fraction: number;
}

export function trainingProgress(
	b: Pick<BatchLog, 'epoch' | 'batch' | 'batches'> | null,
	epochs: number
): Progress {
	if (!b || b.batches <= 0 || epochs <= 0) return { done: 0, total: 0, fraction: 0 };
	const total = epochs * b.batches;
	const done = Math.min(total, (b.epoch - 1) * b.batches + b.batch);
	return { done, total, fraction: done / total };
}

/** Seconds left, if the remaining batches take as long each as the ones so far. */
export function secondsLeft(p: Progress, elapsedSeconds: number): number | undefined {
	return p.done > 0 ? (elapsedSeconds / p.done) * (p.total - p.done) : undefined;
}
