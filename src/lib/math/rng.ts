// Seeded randomness: generated images, initial weights and quiz variants come from rng(seed),
// so a link, a test and a screenshot repeat exactly.

/** mulberry32: a small, fast 32-bit generator; uniform floats in [0, 1). */
export function rng(seed: number): () => number {
	let a = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Rng = () => number;

/** Integer in [min, max] inclusive. */
export function randInt(r: Rng, min: number, max: number): number {
	return min + Math.floor(r() * (max - min + 1));
}

/** Uniform float in [min, max). */
export function uniform(r: Rng, min: number, max: number): number {
	return min + r() * (max - min);
}

/** Standard normal by Box–Muller. */
export function normal(r: Rng, mean = 0, sd = 1): number {
	let u = 0;
	while (u === 0) u = r();
	const v = r();
	return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** An element chosen uniformly. */
export function pick<T>(r: Rng, items: readonly T[]): T {
	return items[Math.floor(r() * items.length)];
}

/** Fisher–Yates shuffle of a copy. */
export function shuffle<T>(r: Rng, items: readonly T[]): T[] {
	const a = items.slice();
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a;
}
