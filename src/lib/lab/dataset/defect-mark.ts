// Where a drawn part's defects are, in the model's input pixels: a circle (centre and radius) round
// each defect, from the generator's own description of it (part.ts's PartSpec, lengths in units of
// the flange's outer radius, in the part's turned frame). The pointing game (pointing.ts) asks
// whether a heat map's peak falls inside one of these circles. Parts are drawn at the model's
// input size, so these are input pixels with no resize in between.
import { pointsAtDefect, type DefectMark } from '$lib/math/saliency';
import type { Defect, PartSpec } from './part';

/** A point of a defect in the part's frame (u, v) and how far round it the defect reaches. */
type Reach = [u: number, v: number, pad: number];

/** The beyond-the-rim shadow's reach, in units of R (part.ts: exp(−d / (0.035 + 2 px))). */
const SHADOW = 0.035;

function reaches(d: Defect, px: number): Reach[] {
	switch (d.kind) {
		case 'pits':
			// the dark hole and its faint lit edge (1.5 r)
			return d.pits.map((q) => [q.u, q.v, 1.5 * q.r]);
		case 'crack':
			return d.segments.flatMap(([x0, y0, x1, y1]) => [
				[x0, y0, d.width],
				[x1, y1, d.width]
			]);
		case 'shrinkage': {
			// the ragged edge wanders by Σ|h|·r, and the generator draws no further than 1.6 r
			const edge = Math.min(1.6, 1 + d.harmonics.reduce((s, h) => s + Math.abs(h), 0)) * d.r;
			return [[d.u, d.v, edge]];
		}
		case 'rough':
			return [[d.u, d.v, d.r]];
		case 'chip': {
			// each bite's stretch of rim: from the broken face inside the new edge out to the tip of
			// a burr and the shadow the changed rim throws
			const out: Reach[] = [];
			for (const b of d.bites) {
				const inner = 1 - 1.35 * b.depth - 0.04 - 2 * px;
				const outer = 1 + 1.5 * b.burr + SHADOW + 2 * px;
				for (let k = -4; k <= 4; k++) {
					const a = b.at + (k / 4) * b.width;
					const mid = (inner + outer) / 2;
					out.push([mid * Math.cos(a), mid * Math.sin(a), (outer - inner) / 2]);
				}
			}
			return out;
		}
	}
}

/**
 * The circle round each defect of `spec` drawn at `size`×`size`: centre (row, col: 0-based pixel
 * indices, a pixel's centre at its index) and radius in pixels, at least half a pixel. None for an
 * OK part.
 */
export function defectMarks(spec: PartSpec, size: number): DefectMark[] {
	const R = spec.radius * size;
	const px = 1 / R;
	const c = Math.cos(-spec.angle),
		s = Math.sin(-spec.angle);
	return spec.defects.map((d) => {
		// part frame → image pixels (the inverse of drawPart's turn)
		const pts = reaches(d, px).map(([u, v, pad]) => ({
			col: spec.cx * size + (u * c + v * s) * R - 0.5,
			row: spec.cy * size + (-u * s + v * c) * R - 0.5,
			pad: pad * R
		}));
		const lo = (f: (p: (typeof pts)[number]) => number) => Math.min(...pts.map(f));
		const hi = (f: (p: (typeof pts)[number]) => number) => Math.max(...pts.map(f));
		const row = (lo((p) => p.row - p.pad) + hi((p) => p.row + p.pad)) / 2;
		const col = (lo((p) => p.col - p.pad) + hi((p) => p.col + p.pad)) / 2;
		const radius = Math.max(0.5, ...pts.map((p) => Math.hypot(p.row - row, p.col - col) + p.pad));
		return { row, col, radius };
	});
}

/** Does `peak` fall within any of the defects' circles, widened by `margin` pixels? */
export function withinAnyDefect(
	peak: { row: number; col: number },
	marks: DefectMark[],
	margin: number
): boolean {
	return marks.some((m) => pointsAtDefect(peak, m, margin));
}
