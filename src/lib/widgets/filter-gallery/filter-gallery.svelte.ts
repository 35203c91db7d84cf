// State of the filter gallery: the picture, the kernel (a preset or a typed 3×3 / 5×5 matrix,
// last good value kept), normalisation and display. Numbers come from src/lib/math.
import type { Matrix, Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { t } from '$lib/i18n';
import { fromRows, windowAt, type Grid } from '$lib/math/conv';
import { kernelSum, normalizeKernel, resizeKernel, toGray } from '$lib/math/image';
import { KERNELS, presetMatrix, presetSum, type KernelPreset } from '$lib/math/kernels';
import { PictureSource } from '$lib/ui/picture-source.svelte';
import { isPreset, KERNEL_LIMIT, params } from './params';

/** Parse one typed kernel cell; null when it is not a number within ±KERNEL_LIMIT. */
export function parseCell(raw: string): number | null {
	const s = raw.trim().replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
	const x = Number(s);
	return Number.isFinite(x) && Math.abs(x) <= KERNEL_LIMIT ? x : null;
}

/** `image` (may be an upload) and `kernel` (a preset or the last good custom matrix) are its own. */
export class FilterGalleryState extends ParamState(params, ['image', 'kernel']) {
	/** The picture: a sample the link names, or an upload. */
	readonly source = new PictureSource(params.image.default);
	preset = $state<KernelPreset | 'custom'>('ridge');
	/** The last good custom kernel. */
	custom = $state.raw<Matrix>(KERNELS.ridge.weights);
	/** What each editor cell shows (may be mid-typing, e.g. "-"). */
	texts = $state<string[]>([]);
	problem = $state<string | null>(null);
	/** The editor cell the drag slider changes. */
	cell = $state(4);
	/** Filled in by the view after each redraw. */
	stats = $state({ ms: 0, scale: 255, below: 0, above: 0 });

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		if (initial.image) this.source.image = initial.image;
		const k = initial.kernel ?? params.kernel.default;
		if (isPreset(k)) this.preset = k;
		else {
			this.preset = 'custom';
			this.custom = k;
		}
		this.texts = this.weights.flat().map(String);
		this.cell = Math.floor(this.texts.length / 2);
	}

	gray = $derived(this.source.full ? toGray(this.source.full) : null);
	/** The weights the editor shows (a preset's whole-number weights, before its divisor). */
	weights = $derived(this.preset === 'custom' ? this.custom : KERNELS[this.preset].weights);
	divisor = $derived(this.preset === 'custom' ? 1 : KERNELS[this.preset].divisor);
	size = $derived(this.weights.length);
	base = $derived(fromRows(this.preset === 'custom' ? this.custom : presetMatrix(this.preset)));
	sum = $derived(this.preset === 'custom' ? kernelSum(this.custom.flat()) : presetSum(this.preset));
	norm = $derived(
		this.normalize ? normalizeKernel(this.base) : { kernel: this.base, sum: this.sum, normalized: false }
	);
	/** The kernel actually applied. */
	effective: Grid = $derived(this.norm.kernel);
	normNote = $derived(
		!this.normalize
			? this.sum === 1
				? t('fg.norm.one')
				: t('fg.norm.off', { sum: this.sum })
			: this.sum === 0
				? t('fg.norm.zero')
				: this.sum === 1
					? t('fg.norm.one')
					: t('fg.norm.on', { sum: this.sum })
	);

	r = $derived(this.gray ? Math.min(this.row, this.gray.h - 1) : 0);
	c = $derived(this.gray ? Math.min(this.col, this.gray.w - 1) : 0);
	probe = $derived.by(() => {
		const g = this.gray;
		if (!g) return null;
		const w = windowAt(g, this.effective, { padding: 'same' }, this.r, this.c);
		return { before: g.data[this.r * g.w + this.c], after: w.sum, terms: w.terms };
	});

	/**
	 * An upload is not shared (it stays on the learner's computer); the probe is kept in the
	 * picture once it has loaded (before, the link's own row and col are written back).
	 */
	override paramValues() {
		return {
			...super.paramValues(),
			image: this.source.shared(params.image.default),
			kernel: this.preset === 'custom' ? this.custom : this.preset,
			...(this.gray ? { row: this.r, col: this.c } : {})
		};
	}

	choose(p: KernelPreset) {
		this.preset = p;
		this.problem = null;
		this.texts = KERNELS[p].weights.flat().map(String);
		this.cell = Math.min(this.cell, this.texts.length - 1);
	}

	/** Type into cell i: a good full matrix becomes the custom kernel; a bad cell keeps the last good one. */
	edit(i: number, raw: string) {
		const texts = [...this.texts];
		texts[i] = raw;
		this.texts = texts;
		const n = this.size;
		const bad = texts.findIndex((x) => parseCell(x) === null);
		if (bad >= 0) {
			this.problem = t('fg.cell.bad', {
				row: Math.floor(bad / n) + 1,
				col: (bad % n) + 1,
				value: texts[bad],
				limit: KERNEL_LIMIT
			});
			return;
		}
		this.problem = null;
		const v = texts.map((x) => parseCell(x) as number);
		this.custom = Array.from({ length: n }, (_, y) => v.slice(y * n, (y + 1) * n));
		this.preset = 'custom';
	}

	/** Switch between 3×3 and 5×5, keeping the kernel's centre. */
	resize(k: 3 | 5) {
		if (k === this.size) return;
		this.custom = resizeKernel(this.weights, k);
		this.preset = 'custom';
		this.problem = null;
		this.texts = this.custom.flat().map(String);
		this.cell = Math.floor((k * k) / 2);
	}

	probeAt(row: number, col: number) {
		const g = this.gray;
		if (!g) return;
		this.row = Math.max(0, Math.min(g.h - 1, row));
		this.col = Math.max(0, Math.min(g.w - 1, col));
	}

	key(key: string, big: boolean): boolean {
		const d = big ? 10 : 1;
		const m: Record<string, [number, number]> = {
			ArrowUp: [-d, 0],
			ArrowDown: [d, 0],
			ArrowLeft: [0, -d],
			ArrowRight: [0, d]
		};
		if (!m[key]) return false;
		this.probeAt(this.r + m[key][0], this.c + m[key][1]);
		return true;
	}
}
