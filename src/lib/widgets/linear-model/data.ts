// Seeded "past days": today's maximum temperature and tomorrow's, roughly tomorrow ≈ 0.8·today + 5.
import { normal, rng, uniform } from '$lib/math/rng';
import type { Point } from '$lib/math/linear';

export function pastDays(seed: number, n = 24): Point[] {
	const r = rng(seed);
	return Array.from({ length: n }, () => {
		const x = uniform(r, 15, 36);
		const y = 0.8 * x + 5 + normal(r, 0, 1.6);
		return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
	});
}
