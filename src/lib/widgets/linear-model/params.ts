import { choice, int, num } from '$lib/embed/params';

export const params = {
	mode: choice(['regression', 'classification'] as const, 'regression'),
	w: num({ min: -1, max: 2, default: 0.5 }),
	b: num({ min: -20, max: 30, default: 10 }),
	x: num({ min: 10, max: 40, default: 25 }),
	cutoff: num({ min: 10, max: 40, default: 25 }),
	seed: int({ min: 0, max: 99999, default: 1 })
};
