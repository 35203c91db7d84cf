// Pooling (max or average over a window, with stride, no padding) and flattening: the steps
// after a convolution layer that shrink a feature map and turn it into a vector for the
// fully-connected layers. Plain typed-array code over the same `Grid` as conv.ts.
import { grid, outputSize, type Grid } from './conv';

export type PoolMode = 'max' | 'avg';

/** Output length on one axis: ⌊(n − size)/stride⌋ + 1 (≤ 0: the window does not fit). */
export function poolOutputSize(n: number, size: number, stride: number): number {
	return outputSize(n, size, stride, 0);
}

function check(size: number, stride: number) {
	if (!(Number.isInteger(size) && size >= 1)) throw new RangeError('window size must be a whole number ≥ 1');
	if (!(Number.isInteger(stride) && stride >= 1)) throw new RangeError('stride must be a whole number ≥ 1');
}

/** The output shape of pooling `input` with a square window `size` and `stride`. */
export function poolShape(input: { h: number; w: number }, size: number, stride: number) {
	check(size, stride);
	return { h: poolOutputSize(input.h, size, stride), w: poolOutputSize(input.w, size, stride) };
}

/**
 * Max or average pooling: out[y][x] summarises input rows y·s … y·s+size−1 and the same
 * columns. Throws RangeError when the window does not fit in the input.
 */
export function pool2d(input: Grid, size: number, stride: number, mode: PoolMode): Grid {
	const { h: oh, w: ow } = poolShape(input, size, stride);
	if (oh < 1 || ow < 1) throw new RangeError('the pooling window is larger than the input');
	const out = grid(oh, ow);
	const src = input.data;
	const iw = input.w;
	const n = size * size;
	for (let y = 0; y < oh; y++) {
		for (let x = 0; x < ow; x++) {
			let acc = mode === 'max' ? -Infinity : 0;
			for (let i = 0; i < size; i++) {
				const row = (y * stride + i) * iw + x * stride;
				for (let j = 0; j < size; j++) {
					const v = src[row + j];
					if (mode === 'max') {
						if (v > acc) acc = v;
					} else acc += v;
				}
			}
			out.data[y * ow + x] = mode === 'max' ? acc : acc / n;
		}
	}
	return out;
}

/** The input values (row by row) behind pooled cell (row, col), and the value they give. */
export function poolWindow(
	input: Grid,
	size: number,
	stride: number,
	mode: PoolMode,
	row: number,
	col: number
): { cells: { row: number; col: number; value: number }[]; value: number } {
	const { h: oh, w: ow } = poolShape(input, size, stride);
	if (!(row >= 0 && row < oh && col >= 0 && col < ow)) throw new RangeError('no such output cell');
	const cells = [];
	let max = -Infinity;
	let sum = 0;
	for (let i = 0; i < size; i++) {
		for (let j = 0; j < size; j++) {
			const r = row * stride + i;
			const c = col * stride + j;
			const value = input.data[r * input.w + c];
			cells.push({ row: r, col: c, value });
			if (value > max) max = value;
			sum += value;
		}
	}
	return { cells, value: mode === 'max' ? max : sum / (size * size) };
}

/**
 * The window's winners: in max mode the cells holding the maximum (every one on a tie), which
 * alone pass their value on; in average mode none (every cell counts equally).
 */
export function poolWinners(
	win: { cells: { row: number; col: number; value: number }[]; value: number },
	mode: PoolMode
): { row: number; col: number }[] {
	if (mode !== 'max') return [];
	return win.cells.filter((c) => c.value === win.value).map(({ row, col }) => ({ row, col }));
}

/** Flatten a 2-D map into a vector, row by row (as Keras's Flatten does for one channel). */
export function flatten(g: Grid): number[] {
	return Array.from(g.data);
}
