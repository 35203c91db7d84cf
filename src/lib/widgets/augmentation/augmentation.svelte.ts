// The augmentation widget's state: the ranges (ImageDataGenerator arguments), a sample part and
// a seed; the previews are random draws from the ranges (src/lib/math/augment.ts).
import { ParamState } from '$lib/embed/state.svelte';
import { presetPart } from '$lib/lab/dataset/generate';
import {
	applyDraw,
	drawAugment,
	samplingMatrix,
	visibleFraction,
	type AugmentDraw,
	type AugmentRanges
} from '$lib/math/augment';
import type { MessageKey } from '$lib/i18n';
import { rng } from '$lib/math/rng';
import { params } from './params';

export const PREVIEW_SIZE = 96;
export const DRAWS = 8;
/** Below this share of the original still in frame, a draw is marked: its defect may be gone. */
export const LOW_VISIBLE = 0.9;

export interface Preview {
	draw: AugmentDraw;
	pixels: Float32Array;
	/** Share of the original picture still inside the frame (visibleFraction). */
	visible: number;
}

/** Random draws from `ranges` applied to `src` (size×size), seeded. */
export function previews(
	src: Float32Array,
	size: number,
	ranges: AugmentRanges,
	seed: number,
	n = DRAWS
): Preview[] {
	const r = rng(seed);
	return Array.from({ length: n }, () => {
		const draw = drawAugment(r, ranges);
		const m = samplingMatrix(draw, size, size);
		// a quarter turn keeps the whole square in frame, so only the affine map decides `visible`
		return { draw, pixels: applyDraw(src, size, draw), visible: visibleFraction(m, size, size) };
	});
}

/** What one draw applied, as message keys with their numbers: only the transforms it really used. */
export function appliedParts(d: AugmentDraw, fmt: (x: number, digits: number) => string) {
	const parts: { key: MessageKey; values: Record<string, string> }[] = [];
	if (d.rotate !== 0) parts.push({ key: 'aug.applied.rotate', values: { v: fmt(d.rotate, 1) } });
	if (d.shiftX !== 0 || d.shiftY !== 0)
		parts.push({
			key: 'aug.applied.shift',
			values: { x: fmt(d.shiftX * 100, 1), y: fmt(d.shiftY * 100, 1) }
		});
	if (d.zoomX !== 1 || d.zoomY !== 1)
		parts.push({ key: 'aug.applied.zoom', values: { x: fmt(d.zoomX, 2), y: fmt(d.zoomY, 2) } });
	if (d.shear !== 0) parts.push({ key: 'aug.applied.shear', values: { v: fmt(d.shear, 1) } });
	if (d.flipH) parts.push({ key: 'aug.applied.flip.h', values: {} });
	if (d.flipV) parts.push({ key: 'aug.applied.flip.v', values: {} });
	if (d.quarterTurn) parts.push({ key: 'aug.applied.quarter', values: {} });
	if (parts.length === 0) parts.push({ key: 'aug.applied.none', values: {} });
	return parts;
}

export class AugmentationState extends ParamState(params) {
	ranges = $derived<AugmentRanges>({
		flipH: this.flip === 'h' || this.flip === 'hv',
		flipV: this.flip === 'v' || this.flip === 'hv',
		rotate: this.rotate,
		shiftX: this.shiftX,
		shiftY: this.shiftY,
		zoom: this.zoom,
		shear: this.shear
	});
	source = $derived(presetPart(this.image, PREVIEW_SIZE));
	draws = $derived<Preview[]>(previews(this.source, PREVIEW_SIZE, this.ranges, this.seed));
}
