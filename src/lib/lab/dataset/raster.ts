// Drawing helpers for the synthetic castings (part.ts, defects.ts): seeded value noise, a smooth
// step, and the share of a pixel that a disc or a line covers, so marks thinner than a pixel darken
// it by the share they cover, as a camera would. Plain TypeScript, deterministic.

/** A fast deterministic hash of two integers and a seed into [0, 1). */
function hash(x: number, y: number, s: number): number {
	let h = Math.imul(x | 0, 374761393) ^ Math.imul(y | 0, 668265263) ^ Math.imul(s | 0, 2246822519);
	h = Math.imul(h ^ (h >>> 13), 1274126177);
	return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Smooth value noise at a real-valued point. */
export function valueNoise(x: number, y: number, s: number): number {
	const xi = Math.floor(x),
		yi = Math.floor(y);
	const fx = x - xi,
		fy = y - yi;
	const sx = fx * fx * (3 - 2 * fx),
		sy = fy * fy * (3 - 2 * fy);
	const a = hash(xi, yi, s),
		b = hash(xi + 1, yi, s),
		c = hash(xi, yi + 1, s),
		d = hash(xi + 1, yi + 1, s);
	return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

/** 0 below e0, 1 above e1, smooth between. */
export function step(e0: number, e1: number, x: number): number {
	const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
	return t * t * (3 - 2 * t);
}

/**
 * How much of a pixel (side `px`, centred at offset (du, dv) from a disc's centre) a disc of
 * radius `r` covers: sampled on an 8×8 grid near the edge, and for a disc much smaller than a pixel
 * its exact share of the pixel's area (so a pinhole darkens a pixel a little, not fully).
 */
export function discCover(du: number, dv: number, r: number, px: number): number {
	if (r < 0.3 * px) return Math.abs(du) < px / 2 && Math.abs(dv) < px / 2 ? (Math.PI * r * r) / (px * px) : 0;
	// a disc wholly inside the pixel covers exactly its area
	if (Math.abs(du) + r <= px / 2 && Math.abs(dv) + r <= px / 2) return (Math.PI * r * r) / (px * px);
	const d = Math.hypot(du, dv);
	if (d >= r + 0.75 * px) return 0;
	if (d <= r - 0.75 * px) return 1;
	let hit = 0;
	for (let i = 0; i < 8; i++)
		for (let j = 0; j < 8; j++)
			if (Math.hypot(du + ((i + 0.5) / 8 - 0.5) * px, dv + ((j + 0.5) / 8 - 0.5) * px) < r) hit++;
	return hit / 64;
}

/**
 * How much of a pixel (side `px`) whose centre is `dist` from a line's middle a line of half-width
 * `w` covers: the exact overlap for a line along the pixel grid, so a hairline darkens by its width.
 */
export function lineCover(dist: number, w: number, px: number): number {
	return Math.max(0, Math.min(dist + px / 2, w) - Math.max(dist - px / 2, -w)) / px;
}
