// A casting for each part of a built-in score set, so the threshold widget's lists of parts show
// what was missed or falsely flagged. The sets' scores are seeded (src/lib/math/scores.ts); each
// part's picture comes from the lab's generator (src/lib/lab/dataset/), seeded by the set's seed
// and the part's number, defective exactly when the part's label says so. Links with their own
// scores have no pictures. Plain TypeScript, tested in thumbs.test.ts.
import { rng } from '$lib/math/rng';
import type { Label } from '$lib/math/metrics';
import { SCORE_SETS, type ScoreSetName } from '$lib/math/scores';
import { drawPart, randomPart, type DefectKind } from '$lib/lab/dataset/part';
import { defectMarks } from '$lib/lab/dataset/defect-mark';
import { toBytes } from '$lib/lab/dataset/pixels';
import type { DefectMark } from '$lib/math/saliency';

/** Drawn at the lab's 96 px input size, shown at THUMB_CSS_PX (thumb-size.ts): sharp on 2× screens. */
export const THUMB_PX = 96;

export interface PartThumb {
	/** THUMB_PX² gray levels 0…255, row by row. */
	pixels: Uint8Array;
	size: number;
	/** The defects' kinds, in the order drawn (none for an OK part). */
	kinds: DefectKind[];
	/** A circle round each defect, in pixels of `size` (lab/dataset/defect-mark.ts). */
	marks: DefectMark[];
}

/** The generator's stream for part `id` (1-based) of a set seeded `seed`. */
function partRng(seed: number, id: number) {
	return rng((Math.imul(seed | 0, 0x27d4eb2d) ^ Math.imul(id, 0x165667b1)) >>> 0);
}

/** Part `id` of the built-in set `set`, as the lab would draw it: defective when `label` is 1. */
export function partThumb(set: ScoreSetName, id: number, label: Label, size = THUMB_PX): PartThumb {
	const r = partRng(SCORE_SETS[set].seed, id);
	const spec = randomPart(r, label === 1);
	const unit = drawPart(spec, size, r);
	return {
		pixels: toBytes(unit, new Uint8Array(size * size)),
		size,
		kinds: spec.defects.map((d) => d.kind),
		marks: defectMarks(spec, size)
	};
}
