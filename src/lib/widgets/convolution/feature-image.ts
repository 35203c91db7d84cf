// The feature map drawn as a small grey image beside its numbers, and the connector that links
// the kernel's window on the input to the output cell it makes. Plain TypeScript: the pixels and
// the connector's shape are computed here (tested), the widget only puts them on screen.
import { grayLevel } from '$lib/ui/cell-style';

/** The image's grey scale: black at `lo` (the map's lowest value), white at `hi` (its highest). */
export interface MapScale {
	lo: number;
	hi: number;
}

/** Lowest and highest finite value (0, 0 when there is none). */
export function mapScale(values: ArrayLike<number>): MapScale {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!Number.isFinite(v)) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	return lo <= hi ? { lo, hi } : { lo: 0, hi: 0 };
}

/**
 * RGBA pixels, one per value, row by row: grey level round(255·(v − lo)/(hi − lo)), so the lowest
 * value is black and the highest white; every pixel mid-grey (128) when all values are equal.
 */
export function mapPixels(values: ArrayLike<number>, scale: MapScale): Uint8ClampedArray<ArrayBuffer> {
	const px = new Uint8ClampedArray(values.length * 4);
	for (let i = 0; i < values.length; i++) {
		const g = grayLevel(values[i], scale.lo, scale.hi);
		px.set([g, g, g, 255], i * 4);
	}
	return px;
}

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}
type Point = [number, number];

const corners = (r: Rect): Point[] => [
	[r.x, r.y],
	[r.x + r.w, r.y],
	[r.x + r.w, r.y + r.h],
	[r.x, r.y + r.h]
];
const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Convex hull of points (Andrew's monotone chain), clockwise on screen from the leftmost point. */
export function hull(points: Point[]): Point[] {
	const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	if (p.length < 3) return p;
	const half = (pts: Point[]) => {
		const out: Point[] = [];
		for (const q of pts) {
			while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], q) <= 0) out.pop();
			out.push(q);
		}
		out.pop();
		return out;
	};
	return [...half(p), ...half([...p].reverse())];
}

/**
 * The connector between the window `a` and the output cell `b`: the hull of both rectangles
 * (drawn as a faint band) and its edges that run from one rectangle to the other (drawn as
 * lines). Two bridges when the rectangles are apart; none when one holds the other.
 */
export function link(a: Rect, b: Rect): { hull: Point[]; bridges: [Point, Point][] } {
	const ca = corners(a);
	const h = hull([...ca, ...corners(b)]);
	const inA = (q: Point) => ca.some((c) => c[0] === q[0] && c[1] === q[1]);
	const bridges: [Point, Point][] = [];
	for (let i = 0; i < h.length; i++) {
		const p = h[i];
		const q = h[(i + 1) % h.length];
		if (inA(p) !== inA(q)) bridges.push([p, q]);
	}
	return { hull: h, bridges };
}
