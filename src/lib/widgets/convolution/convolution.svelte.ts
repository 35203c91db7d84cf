import { t } from '$lib/i18n';
import type { Matrix, Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { correlate2d, fromRows, outputShape, windowAt, type Padding } from '$lib/math/conv';
import { reachedCells } from '$lib/math/coverage';
import { isKernelPreset, presetMatrix, type KernelPreset } from '$lib/math/kernels';
import { formatCell, formatInputValue } from '$lib/format';
import { DEFAULT_KERNEL, INPUTS, type InputPreset } from './inputs';
import { MAX_KERNEL, MAX_PADDING, MAX_STRIDE, params, type InputSource } from './params';

/** Values a learner may type or link: large enough for pixels, small enough never to overflow. */
export const MAX_ABS_VALUE = 1e6;

interface Layout {
	input: Matrix;
	kernel: Matrix;
	stride: number;
	padding: Padding;
}

const same = (a: Matrix, b: Matrix) =>
	a.length === b.length && a.every((r, i) => r.length === b[i].length && r.every((v, j) => v === b[i][j]));
const tooBig = (m: Matrix) => m.some((r) => r.some((v) => Math.abs(v) > MAX_ABS_VALUE));
const textOf = (m: Matrix) => m.map((r) => r.map(formatInputValue));
const CONV_KEYS = Object.keys(params) as (keyof typeof params)[];

/**
 * Every parameter is the state's own: a link's layout is applied only when the kernel fits, and
 * `image` or `input`, a kernel preset or matrix, are kept as a source and a matrix.
 */
export class ConvolutionState extends ParamState(params, CONV_KEYS) {
	source = $state<InputSource>('worked-example');
	input = $state.raw<Matrix>(INPUTS['worked-example']);
	kernel = $state.raw<Matrix>(DEFAULT_KERNEL);
	kernelPreset = $state<KernelPreset | 'custom'>('custom');
	/** What is typed in each kernel cell (may be mid-edit or invalid). */
	kernelText = $state<string[][]>(textOf(DEFAULT_KERNEL));
	badCells = $state<string[]>([]);
	stride = $state(1);
	padding = $state<Padding>(0);
	row = $state(0);
	col = $state(0);
	/** Messages beside the controls they concern. */
	kernelMessage = $state('');
	layoutMessage = $state('');
	inputMessage = $state('');
	playing = $state(false);
	/** Output cells per second while playing. */
	speed = $state(2);
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		const messages: string[] = [];
		let input = INPUTS['worked-example'];
		let source: InputSource = 'worked-example';
		if (initial.input && !same(initial.input, params.input.default)) {
			if (tooBig(initial.input))
				messages.push(t('conv.msg.magnitude', { name: 'input', max: MAX_ABS_VALUE }));
			else [input, source] = [initial.input, 'custom'];
		} else if (initial.image) [input, source] = [INPUTS[initial.image], initial.image];
		let kernel = DEFAULT_KERNEL;
		let preset: KernelPreset | 'custom' = 'custom';
		let kernelMessage = '';
		const k = initial.kernel;
		if (typeof k === 'string') [kernel, preset] = [presetMatrix(k), k];
		// Said under the kernel, naming it (it used to sit under Input, unnamed).
		else if (k && tooBig(k)) kernelMessage = t('conv.msg.magnitude', { name: 'kernel', max: MAX_ABS_VALUE });
		else if (k) kernel = k;
		const layout = { input, kernel, stride: initial.stride ?? 1, padding: initial.padding ?? 0 };
		if (this.fits(layout)) {
			this.commit(layout);
			this.source = source;
			this.kernelPreset = preset;
		} else {
			messages.push(this.layoutMessage);
			this.layoutMessage = '';
		}
		const want = { row: initial.row ?? 0, col: initial.col ?? 0 };
		this.moveTo(want.row, want.col);
		if (want.row !== this.row || want.col !== this.col)
			messages.push(
				t('conv.msg.cell', { row: want.row, col: want.col, h: this.shape.h - 1, w: this.shape.w - 1 })
			);
		this.inputMessage = messages.join(' ');
		this.kernelMessage = kernelMessage;
	}

	inGrid = $derived(fromRows(this.input));
	kGrid = $derived(fromRows(this.kernel));
	shape = $derived(outputShape(this.inGrid, this.kGrid, { stride: this.stride, padding: this.padding }));
	out = $derived(correlate2d(this.inGrid, this.kGrid, { stride: this.stride, padding: this.padding }));
	win = $derived(
		windowAt(this.inGrid, this.kGrid, { stride: this.stride, padding: this.padding }, this.row, this.col)
	);
	/** Padded size and which padded rows/columns any window reaches. */
	padded = $derived({
		h: this.inGrid.h + this.shape.pads.top + this.shape.pads.bottom,
		w: this.inGrid.w + this.shape.pads.left + this.shape.pads.right
	});
	reachedRows = $derived(reachedCells(this.padded.h, this.kGrid.h, this.shape.stride[0], this.shape.h));
	reachedCols = $derived(reachedCells(this.padded.w, this.kGrid.w, this.shape.stride[1], this.shape.w));
	missedRows = $derived(this.reachedRows.filter((x) => !x).length);
	missedCols = $derived(this.reachedCols.filter((x) => !x).length);
	/** Of the missed rows/columns, how many are real input cells (the rest are padding). */
	missedInputRows = $derived(
		this.reachedRows.filter(
			(x, i) => !x && i >= this.shape.pads.top && i < this.shape.pads.top + this.inGrid.h
		).length
	);
	missedInputCols = $derived(
		this.reachedCols.filter(
			(x, i) => !x && i >= this.shape.pads.left && i < this.shape.pads.left + this.inGrid.w
		).length
	);

	override paramValues() {
		return {
			image: this.source === 'custom' ? undefined : this.source,
			input: this.source === 'custom' ? this.input : undefined,
			kernel: this.kernelPreset === 'custom' ? this.kernel : this.kernelPreset,
			stride: this.stride,
			padding: this.padding,
			row: this.row,
			col: this.col
		};
	}

	/** Whether a layout gives at least one output cell; if not, says why in layoutMessage. */
	fits(l: Layout): boolean {
		const k = { h: l.kernel.length, w: l.kernel[0].length };
		const i = { h: l.input.length, w: l.input[0].length };
		const s = outputShape(i, k, { stride: l.stride, padding: l.padding });
		if (s.h >= 1 && s.w >= 1) return true;
		const axis = s.h < 1 ? 'h' : 'w';
		const [n, kk, before, after] =
			axis === 'h' ? [i.h, k.h, s.pads.top, s.pads.bottom] : [i.w, k.w, s.pads.left, s.pads.right];
		this.layoutMessage = t('conv.msg.nofit', {
			kh: k.h,
			kw: k.w,
			ih: i.h,
			iw: i.w,
			axis: t(axis === 'h' ? 'conv.axis.height' : 'conv.axis.width'),
			n,
			k: kk,
			pad: before + after,
			s: axis === 'h' ? s.stride[0] : s.stride[1],
			out: formatCell(axis === 'h' ? s.h : s.w)
		});
		return false;
	}

	#current(): Layout {
		return { input: this.input, kernel: this.kernel, stride: this.stride, padding: this.padding };
	}

	/** Apply a change if the kernel still fits; otherwise keep the last good state. */
	#apply(change: Partial<Layout>): boolean {
		const next = { ...this.#current(), ...change };
		if (!this.fits(next)) return false;
		this.layoutMessage = '';
		this.commit(next);
		return true;
	}

	commit(l: Layout) {
		this.input = l.input;
		if (l.kernel !== this.kernel) {
			this.kernel = l.kernel;
			this.kernelText = textOf(l.kernel);
			this.badCells = [];
			this.kernelMessage = '';
		}
		this.stride = l.stride;
		this.padding = l.padding;
		const { h, w } = outputShape(
			{ h: l.input.length, w: l.input[0].length },
			{ h: l.kernel.length, w: l.kernel[0].length },
			l
		);
		this.row = Math.min(this.row, h - 1);
		this.col = Math.min(this.col, w - 1);
	}

	setStride(s: number) {
		if (Number.isInteger(s)) this.#apply({ stride: Math.max(1, Math.min(MAX_STRIDE, s)) });
	}
	setPadding(p: Padding) {
		if (typeof p === 'number') p = Number.isInteger(p) ? Math.max(0, Math.min(MAX_PADDING, p)) : this.padding;
		this.#apply({ padding: p });
	}
	setKernelPreset(name: string) {
		if (isKernelPreset(name) && this.#apply({ kernel: presetMatrix(name) })) this.kernelPreset = name;
	}
	setKernelSize(h: number, w: number) {
		if (!(h >= 1 && h <= MAX_KERNEL && w >= 1 && w <= MAX_KERNEL)) return;
		const k = Array.from({ length: h }, (_, i) =>
			Array.from({ length: w }, (_, j) => this.kernel[i]?.[j] ?? 0)
		);
		if (this.#apply({ kernel: k })) this.kernelPreset = 'custom';
	}
	/** A typed kernel value: applied when it is a number, otherwise a message and the old value. */
	setKernelCell(i: number, j: number, text: string) {
		this.kernelText[i][j] = text;
		const key = `${i},${j}`;
		const x = text.trim() === '' ? NaN : Number(text.trim().replace(/^−/, '-'));
		if (!Number.isFinite(x) || Math.abs(x) > MAX_ABS_VALUE) {
			if (!this.badCells.includes(key)) this.badCells = [...this.badCells, key];
			this.kernelMessage = t('conv.msg.cell-value', {
				value: text,
				row: i + 1,
				col: j + 1,
				max: MAX_ABS_VALUE
			});
			return;
		}
		this.badCells = this.badCells.filter((c) => c !== key);
		if (this.badCells.length === 0) this.kernelMessage = '';
		const k = this.kernel.map((r) => [...r]);
		k[i][j] = x;
		this.kernel = k;
		this.kernelPreset = 'custom';
	}
	setInputPreset(name: InputPreset) {
		if (this.#apply({ input: INPUTS[name] })) {
			this.source = name;
			this.inputMessage = '';
		}
	}
	/** A typed or uploaded matrix. */
	setInput(m: Matrix): boolean {
		if (tooBig(m)) {
			this.inputMessage = t('conv.msg.magnitude', { name: 'input', max: MAX_ABS_VALUE });
			return false;
		}
		if (!this.#apply({ input: m })) return false;
		this.source = 'custom';
		this.inputMessage = '';
		return true;
	}

	moveTo(r: number, c: number) {
		this.row = Math.max(0, Math.min(this.shape.h - 1, Math.round(r)));
		this.col = Math.max(0, Math.min(this.shape.w - 1, Math.round(c)));
	}
	move(dr: number, dc: number) {
		this.moveTo(this.row + dr, this.col + dc);
	}
	/** The next output cell, row by row, back to the first after the last. */
	step() {
		if (this.col + 1 < this.shape.w) this.col++;
		else if (this.row + 1 < this.shape.h) [this.row, this.col] = [this.row + 1, 0];
		else [this.row, this.col] = [0, 0];
	}
	play() {
		this.pause();
		this.playing = true;
		this.#timer = setInterval(() => this.step(), 1000 / this.speed);
	}
	pause() {
		clearInterval(this.#timer);
		this.#timer = undefined;
		this.playing = false;
	}
	setSpeed(v: number) {
		this.speed = Math.max(0.5, Math.min(8, v));
		if (this.playing) this.play();
	}
}
