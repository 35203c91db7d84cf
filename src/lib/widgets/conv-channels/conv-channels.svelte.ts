import { t } from '$lib/i18n';
import { formatMatrix, type Matrix, type Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { fromRows, outputShape, windowAt, type Padding } from '$lib/math/conv';
import { convChannels } from '$lib/math/conv-channels';
import { DEFAULT_INPUT, DEFAULT_KERNEL, MAX_INPUT, MAX_KERNEL, params, parseChannels } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface Layout {
	input: Matrix[];
	kernel: Matrix[];
	stride: number;
	padding: Padding;
}

/** The layout (`input`, `kernel`, `stride`, `padding`) and the picked cell are its own: a layout
 * is used only when the filter fits, and the cell is kept inside the output. */
export class ConvChannelsState extends ParamState(params, [
	'input',
	'kernel',
	'stride',
	'padding',
	'row',
	'col'
]) {
	input = $state.raw<Matrix[]>(DEFAULT_INPUT);
	kernel = $state.raw<Matrix[]>(DEFAULT_KERNEL);
	stride = $state(params.stride.default);
	padding = $state<Padding>(params.padding.default);
	row = $state(params.row.default);
	col = $state(params.col.default);
	message = $state('');

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		const want: Layout = {
			input: initial.input ?? DEFAULT_INPUT,
			kernel: initial.kernel ?? DEFAULT_KERNEL,
			stride: initial.stride ?? params.stride.default,
			padding: initial.padding ?? params.padding.default
		};
		if (!this.#apply(want)) {
			const msg = this.message;
			this.#apply({ input: DEFAULT_INPUT, kernel: DEFAULT_KERNEL, stride: 1, padding: 0 });
			this.message = msg;
		}
		const cell = { row: initial.row ?? params.row.default, col: initial.col ?? params.col.default };
		this.pick(cell.row, cell.col);
		if (cell.row !== this.row || cell.col !== this.col) {
			const moved = t('ch.msg.cell', { ...cell, h: this.out.h - 1, w: this.out.w - 1 });
			this.message = [this.message, moved].filter(Boolean).join(' ');
		}
	}

	grids = $derived(this.input.map((m) => fromRows(m)));
	kernels = $derived(this.kernel.map((m) => fromRows(m)));
	opts = $derived({ stride: this.stride, padding: this.padding });
	result = $derived(convChannels(this.grids, this.kernels, this.bias, this.activation, this.opts));
	out = $derived(this.result.output);
	/** The picked cell's window, channel by channel: its products and their sum. */
	windows = $derived(this.grids.map((g, c) => windowAt(g, this.kernels[c], this.opts, this.row, this.col)));
	pads = $derived(outputShape(this.grids[0], this.kernels[0], this.opts).pads);
	cellPre = $derived(this.result.preActivation.data[this.row * this.out.w + this.col]);
	cellOut = $derived(this.out.data[this.row * this.out.w + this.col]);
	override paramValues() {
		return {
			input: this.input,
			kernel: this.kernel,
			bias: this.bias,
			activation: this.activation,
			stride: this.stride,
			padding: this.padding,
			row: this.row,
			col: this.col
		};
	}

	/** Use the layout when the kernel fits; otherwise say why and keep the current one. */
	#apply(l: Layout): boolean {
		const k = l.kernel[0].length;
		const shape = outputShape({ h: l.input[0].length, w: l.input[0][0].length }, { h: k, w: k }, l);
		if (shape.h < 1 || shape.w < 1) {
			this.message = t('ch.msg.nofit', {
				k,
				h: l.input[0].length,
				w: l.input[0][0].length,
				padding: String(l.padding),
				stride: l.stride
			});
			return false;
		}
		this.input = l.input;
		this.kernel = l.kernel;
		this.stride = l.stride;
		this.padding = l.padding;
		this.message = '';
		this.pick(this.row, this.col);
		return true;
	}

	#layout(): Layout {
		return { input: this.input, kernel: this.kernel, stride: this.stride, padding: this.padding };
	}

	typeInput(text: string) {
		const r = parseChannels(text.trim(), MAX_INPUT, false);
		if (!r.ok) this.message = t('ch.msg.refused', { name: 'input', problem: r.problem });
		else this.#apply({ ...this.#layout(), input: r.value });
	}
	typeKernel(text: string) {
		const r = parseChannels(text.trim(), MAX_KERNEL, true);
		if (!r.ok) this.message = t('ch.msg.refused', { name: 'kernel', problem: r.problem });
		else this.#apply({ ...this.#layout(), kernel: r.value });
	}
	setStride(s: number) {
		this.#apply({ ...this.#layout(), stride: Math.round(s) });
	}
	setPadding(p: Padding) {
		this.#apply({ ...this.#layout(), padding: p });
	}

	pick(r: number, c: number) {
		const k = this.kernel[0].length;
		const shape = outputShape({ h: this.input[0].length, w: this.input[0][0].length }, { h: k, w: k }, this);
		this.row = clamp(r, 0, shape.h - 1);
		this.col = clamp(c, 0, shape.w - 1);
	}

	/** Whether input cell (r, c) is under the picked window. */
	inWindow(r: number, c: number): boolean {
		const r0 = this.row * this.stride - this.pads.top;
		const c0 = this.col * this.stride - this.pads.left;
		const k = this.kernel[0].length;
		return r >= r0 && r < r0 + k && c >= c0 && c < c0 + k;
	}

	text(which: 'input' | 'kernel'): string {
		return this[which].map(formatMatrix).join('|');
	}
}
