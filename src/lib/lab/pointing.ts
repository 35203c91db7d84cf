// The pointing game: does a heat map point at the defect? Over a fixed, seeded set of drawn
// defective parts (one defect each, the five kinds in turn), the occlusion map's peak either falls
// within the circle round the defect (dataset/defect-mark.ts), widened by a small margin, or not;
// the score is the share that do (math/saliency.ts's pointingAccuracy). The lab's worker and
// scripts/lab/pointing.ts both run this, with the model behind `score`.
import {
	occlusionMap,
	pointingAccuracy,
	saliencyPeak,
	type DefectMark,
	type ScoreBatch
} from '$lib/math/saliency';
import { DEFECT_KINDS, type DefectKind } from './dataset/part';
import { heldOutPart } from './dataset/generate';
import { defectMarks, withinAnyDefect } from './dataset/defect-mark';
import { toBytes, toUnit } from './dataset/pixels';
import { occlusionSettings } from './saliency';

/** How many parts the lab's pointing game scores. */
export const POINTING_PARTS = 40;

/**
 * The margin round a defect's circle, in input pixels: the map has a value only every `stride`
 * pixels, so a point can be up to stride·√2/2 from the nearest patch centre; the margin is that,
 * rounded up (3 px at the lab's 64 px, stride 4).
 */
export function pointingMargin(stride: number): number {
	return Math.ceil((stride * Math.SQRT2) / 2);
}

/** Pointing-game part `i`: drawn part `i` of kind DEFECT_KINDS[i mod 5] (so "Draw a new part" can show it again). */
export function pointingPart(seed: number, i: number, size: number) {
	const kind = DEFECT_KINDS[i % DEFECT_KINDS.length];
	const part = heldOutPart(seed, i, size, kind);
	// as the model sees it: stored as bytes, like every image of a data set
	return { kind, image: toUnit(toBytes(part.pixels)) as Float32Array, defects: defectMarks(part.spec, size) };
}

export interface PointedPart {
	index: number;
	kind: DefectKind;
	/** P(defective) of the part as drawn. */
	p: number;
	peak: { row: number; col: number; value: number };
	defects: DefectMark[];
	hit: boolean;
}

export interface PointingResult {
	hits: number;
	total: number;
	/** hits / total (math/saliency.ts's pointingAccuracy). */
	accuracy: number;
	margin: number;
	patch: number;
	stride: number;
	parts: PointedPart[];
	/** Hits and parts of each kind. */
	byKind: Record<DefectKind, { hits: number; total: number }>;
}

export interface PointingOptions {
	count?: number;
	/** After each part: how many are done. */
	onProgress?: (done: number, total: number) => void;
	/** Called between parts; false stops the game (it then returns null). */
	proceed?: () => boolean | Promise<boolean>;
}

/** How many of the game's peaks fall within `circle` (say, the shortcut's mark), widened by its margin. */
export function peaksOn(result: Pick<PointingResult, 'parts' | 'margin'>, circle: DefectMark): number {
	return result.parts.filter((p) => withinAnyDefect(p.peak, [circle], result.margin)).length;
}

/** The mean P(defective) the model gave the game's parts as drawn (null for no parts). */
export function meanScore(result: Pick<PointingResult, 'parts'>): number | null {
	return result.parts.length ? result.parts.reduce((s, p) => s + p.p, 0) / result.parts.length : null;
}

/** The median diameter of the game's defect circles, in input pixels (null for no parts). */
export function medianDefectDiameter(result: Pick<PointingResult, 'parts'>): number | null {
	const d = result.parts.flatMap((p) => p.defects.map((m) => 2 * m.radius)).sort((a, b) => a - b);
	if (!d.length) return null;
	const h = Math.floor(d.length / 2);
	return d.length % 2 ? d[h] : (d[h - 1] + d[h]) / 2;
}

/** Play the pointing game with the model behind `score` on parts drawn from data seed `seed` at `size` px. */
export async function pointingGame(
	seed: number,
	size: number,
	score: ScoreBatch,
	opts: PointingOptions = {}
): Promise<PointingResult | null> {
	const total = Math.max(1, Math.floor(opts.count ?? POINTING_PARTS));
	const parts: PointedPart[] = [];
	let patch = 0,
		stride = 0,
		margin = 0;
	for (let i = 0; i < total; i++) {
		if (opts.proceed && !(await opts.proceed())) return null;
		const { kind, image, defects } = pointingPart(seed, i, size);
		const settings = occlusionSettings(image, size);
		({ patch, stride } = settings);
		margin = pointingMargin(stride);
		const map = await occlusionMap({ data: image, height: size, width: size }, score, settings);
		const peak = saliencyPeak(map);
		parts.push({ index: i, kind, p: map.base, peak, defects, hit: withinAnyDefect(peak, defects, margin) });
		opts.onProgress?.(i + 1, total);
	}
	const byKind = Object.fromEntries(
		DEFECT_KINDS.map((k) => [k, { hits: 0, total: 0 }])
	) as PointingResult['byKind'];
	for (const p of parts) {
		byKind[p.kind].total++;
		if (p.hit) byKind[p.kind].hits++;
	}
	const hits = parts.filter((p) => p.hit).length;
	return {
		hits,
		total,
		accuracy: pointingAccuracy(parts.map((p) => p.hit))!,
		margin,
		patch,
		stride,
		parts,
		byKind
	};
}
