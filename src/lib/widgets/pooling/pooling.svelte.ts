import { t } from '$lib/i18n';
import type { Matrix, Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { fromRows } from '$lib/math/conv';
import { reachedCells } from '$lib/math/coverage';
import { flatten, pool2d, poolOutputSize, poolWindow, poolWinners } from '$lib/math/pooling';
import { MAX_ABS_VALUE } from '../convolution/convolution.svelte';
import { DEFAULT_MAP, params } from './params';

interface Layout {
	input: Matrix;
	size: number;
	stride: number;
}

/** The layout (`input`, `size`, `stride`) is its own: it is applied only when the window fits. */
export class PoolingState extends ParamState(params, ['input', 'size', 'stride']) {
	input = $state.raw<Matrix>(DEFAULT_MAP);
	size = $state(2);
	stride = $state(2);
	row = $state(0);
	col = $state(0);
	message = $state('');

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		let input = initial.input ?? DEFAULT_MAP;
		if (input.some((r) => r.some((v) => Math.abs(v) > MAX_ABS_VALUE))) {
			this.message = t('conv.msg.magnitude', { name: 'input', max: MAX_ABS_VALUE });
			input = DEFAULT_MAP;
		}
		const want = { input, size: initial.size ?? 2, stride: initial.stride ?? 2 };
		const before = this.message;
		if (this.fits(want)) {
			this.#commit(want);
			this.message = before;
		} else {
			const msg = this.message;
			// Keep the learner's map and stride; shrink the window to the largest that fits.
			const size = Math.min(want.size, input.length, input[0].length);
			this.#commit({ ...want, size });
			this.message = [before, msg].filter(Boolean).join(' ');
		}
	}

	g = $derived(fromRows(this.input));
	out = $derived(pool2d(this.g, this.size, this.stride, this.mode));
	win = $derived(poolWindow(this.g, this.size, this.stride, this.mode, this.row, this.col));
	/** The window's winning cells as `row,col` keys (max mode; none for average). */
	winners = $derived(poolWinners(this.win, this.mode).map((p) => `${p.row},${p.col}`));
	flat = $derived(flatten(this.out));
	/** Rows/columns no window reaches: the last ones, and with stride > size also the gaps between. */
	missedRows = $derived(reachedCells(this.g.h, this.size, this.stride, this.out.h).filter((x) => !x).length);
	missedCols = $derived(reachedCells(this.g.w, this.size, this.stride, this.out.w).filter((x) => !x).length);
	/** With a stride larger than the window, some of the missed cells lie between windows. */
	missedKey = $derived(
		`pool.${this.stride > this.size ? 'skipped' : 'missed'}.${
			this.missedRows > 0 && this.missedCols > 0 ? 'both' : this.missedRows > 0 ? 'rows' : 'cols'
		}` as const
	);

	override paramValues() {
		return { input: this.input, size: this.size, stride: this.stride, mode: this.mode };
	}

	fits(l: Layout): boolean {
		const h = poolOutputSize(l.input.length, l.size, l.stride);
		const w = poolOutputSize(l.input[0].length, l.size, l.stride);
		if (h >= 1 && w >= 1) return true;
		const [n, out] = h < 1 ? [l.input.length, h] : [l.input[0].length, w];
		this.message = t('pool.msg.nofit', {
			size: l.size,
			h: l.input.length,
			w: l.input[0].length,
			n,
			s: l.stride,
			out
		});
		return false;
	}

	#commit(l: Layout) {
		this.input = l.input;
		this.size = l.size;
		this.stride = l.stride;
		this.message = '';
		const h = poolOutputSize(l.input.length, l.size, l.stride);
		const w = poolOutputSize(l.input[0].length, l.size, l.stride);
		this.row = Math.min(this.row, h - 1);
		this.col = Math.min(this.col, w - 1);
	}

	#apply(change: Partial<Layout>): boolean {
		const next = { input: this.input, size: this.size, stride: this.stride, ...change };
		if (!this.fits(next)) return false;
		this.#commit(next);
		return true;
	}

	setSize(n: number) {
		this.#apply({ size: n });
	}
	setStride(n: number) {
		this.#apply({ stride: n });
	}
	setInput(m: Matrix): boolean {
		if (m.some((r) => r.some((v) => Math.abs(v) > MAX_ABS_VALUE))) {
			this.message = t('conv.msg.magnitude', { name: 'input', max: MAX_ABS_VALUE });
			return false;
		}
		return this.#apply({ input: m });
	}
	pick(r: number, c: number) {
		this.row = Math.max(0, Math.min(this.out.h - 1, r));
		this.col = Math.max(0, Math.min(this.out.w - 1, c));
	}
	/** Whether input cell (r, c) is in the picked window. */
	inWindow(r: number, c: number): boolean {
		const r0 = this.row * this.stride;
		const c0 = this.col * this.stride;
		return r >= r0 && r < r0 + this.size && c >= c0 && c < c0 + this.size;
	}
}
