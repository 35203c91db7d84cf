// Which rows (or columns) of a padded input a sliding window ever reaches. With a stride that
// does not tile the input evenly, the last rows/columns are skipped; with a stride larger than
// the window, rows between windows are skipped too. Widgets highlight the cells never reached.

/**
 * For an axis of `length` cells (padding included), a window of `k` cells and stride `s`
 * placed `count` times from position 0, whether each cell is inside at least one window.
 */
export function reachedCells(length: number, k: number, s: number, count: number): boolean[] {
	const reached = new Array<boolean>(Math.max(0, length)).fill(false);
	for (let o = 0; o < count; o++) {
		for (let i = o * s; i < Math.min(length, o * s + k); i++) reached[i] = true;
	}
	return reached;
}

/** How many cells at the end of the axis no window reaches: length − ((count − 1)·s + k). */
export function leftover(length: number, k: number, s: number, count: number): number {
	return count < 1 ? 0 : Math.max(0, length - ((count - 1) * s + k));
}
