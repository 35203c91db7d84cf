// State of the pixel inspector: which picture, at what size, shown as one gray matrix or three
// colour matrices, and which pixel is selected. The numbers come from src/lib/math/image.
import type { Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { t } from '$lib/i18n';
import {
	downscaleRgba,
	fitWithin,
	splitChannels,
	toGray,
	type Channel,
	type RgbaImage
} from '$lib/math/image';
import { PictureSource } from '$lib/ui/picture-source.svelte';
import { params } from './params';

/** A picture's matrices as whole numbers 0…255, row-major. */
export interface PixelMatrices {
	h: number;
	w: number;
	gray: number[];
	rgb: Record<Channel, number[]>;
	/** The picture itself, for drawing. */
	rgba: RgbaImage;
}

/** The matrices behind a picture: gray = BT.601 luma rounded to a whole number (as an 8-bit file stores it). */
export function matrices(img: RgbaImage): PixelMatrices {
	const gray = Array.from(toGray(img).data, (v) => Math.round(v));
	const ch = splitChannels(img);
	return {
		h: img.h,
		w: img.w,
		gray,
		rgb: { r: Array.from(ch.r.data), g: Array.from(ch.g.data), b: Array.from(ch.b.data) },
		rgba: img
	};
}

/** `image` is the state's own: it may also be an upload, which a link never names. */
export class PixelInspectorState extends ParamState(params, ['image']) {
	/** The full-size picture: a sample the link names, or an upload. */
	readonly source = new PictureSource(params.image.default, () => this.#noteClamp());
	messages = $state<string[]>([]);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		if (initial.image) this.source.image = initial.image;
	}

	/** The picture downscaled (area averaging) to `size` on its longest side. */
	picture = $derived.by(() => {
		const full = this.source.full;
		if (!full) return null;
		const fit = fitWithin(full.w, full.h, this.size);
		return matrices(fit.w === full.w && fit.h === full.h ? full : downscaleRgba(full, fit.h, fit.w));
	});

	/** Selected pixel, kept inside the picture. */
	r = $derived(this.picture ? Math.min(this.row, this.picture.h - 1) : 0);
	c = $derived(this.picture ? Math.min(this.col, this.picture.w - 1) : 0);
	index = $derived(this.picture ? this.r * this.picture.w + this.c : 0);
	value = $derived(this.picture?.gray[this.index]);

	/**
	 * An upload is not shared (it stays on the learner's computer); the pixel is kept in the
	 * picture once it has loaded (before, the link's own row and col are written back).
	 */
	override paramValues() {
		return {
			...super.paramValues(),
			image: this.source.shared(params.image.default),
			...(this.picture ? { row: this.r, col: this.c } : {})
		};
	}

	/** Say once when a row/col from the link lies outside the picture. */
	#noteClamp() {
		const p = this.picture;
		if (!p) return;
		const notes: string[] = [];
		if (this.row > p.h - 1)
			notes.push(t('pix.clamped', { name: 'row', value: this.row, h: p.h, w: p.w, used: p.h - 1 }));
		if (this.col > p.w - 1)
			notes.push(t('pix.clamped', { name: 'col', value: this.col, h: p.h, w: p.w, used: p.w - 1 }));
		this.messages = notes;
	}

	select(row: number, col: number) {
		const p = this.picture;
		if (!p) return;
		this.row = Math.max(0, Math.min(p.h - 1, row));
		this.col = Math.max(0, Math.min(p.w - 1, col));
		this.messages = [];
	}

	/** Arrow keys move one pixel; Home/End go to the row's ends. Returns whether the key was used. */
	key(key: string): boolean {
		const p = this.picture;
		if (!p) return false;
		const moves: Record<string, [number, number]> = {
			ArrowUp: [this.r - 1, this.c],
			ArrowDown: [this.r + 1, this.c],
			ArrowLeft: [this.r, this.c - 1],
			ArrowRight: [this.r, this.c + 1],
			Home: [this.r, 0],
			End: [this.r, p.w - 1]
		};
		const m = moves[key];
		if (!m) return false;
		this.select(m[0], m[1]);
		return true;
	}
}
