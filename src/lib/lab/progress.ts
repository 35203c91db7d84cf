// How far a training run has got: batches done out of all batches of all epochs (the progress
// bar), and how long the rest will take, from the measured time per epoch (the time left).
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

/**
 * The seconds each epoch took, from the training clock's reading (seconds since the start, time
 * spent paused left out) at the end of each epoch.
 */
export function epochDurations(ends: readonly number[]): number[] {
	return ends.map((end, i) => end - (i === 0 ? 0 : ends[i - 1]));
}

/**
 * Seconds per epoch, as measured so far: the running mean of the epochs done. The first epoch is
 * left out once a later one has ended, as it also pays for the warm-up (kernels compiled on first
 * use), so the estimate settles after two epochs. undefined before the first epoch has ended.
 */
export function secondsPerEpoch(ends: readonly number[]): number | undefined {
	const d = epochDurations(ends);
	if (d.length === 0) return undefined;
	const used = d.length > 1 ? d.slice(1) : d;
	return used.reduce((a, b) => a + b, 0) / used.length;
}

/**
 * Seconds left in a run of `epochs` epochs: the rest of the current epoch (the measured time per
 * epoch less what it has run so far, never below 0) plus that time for each epoch after it.
 * `ends` holds the training clock at the end of each finished epoch, `elapsed` its reading now.
 * undefined before the first epoch has ended (the page says "estimating…"); 0 once all are done.
 */
export function epochSecondsLeft(
	ends: readonly number[],
	epochs: number,
	elapsed: number
): number | undefined {
	const per = secondsPerEpoch(ends);
	if (per === undefined) return undefined;
	const done = ends.length;
	if (done >= epochs) return 0;
	const inCurrent = Math.max(0, elapsed - ends[done - 1]);
	return Math.max(0, per - inCurrent) + per * (epochs - done - 1);
}

/** A time left as whole minutes and seconds (rounded up to the second), for "about 2 min 5 s". */
export function minutesSeconds(seconds: number): { min: number; s: number } {
	const total = Math.max(0, Math.ceil(seconds));
	return { min: Math.floor(total / 60), s: total % 60 };
}
