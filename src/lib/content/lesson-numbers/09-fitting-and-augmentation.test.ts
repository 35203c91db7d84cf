// Lesson 9's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { drawAugment, IDENTITY_DRAW, NO_AUGMENTATION, samplingMatrix } from '$lib/math/augment';
import { rng } from '$lib/math/rng';
import { flat, lesson } from './read';

describe('lesson 9: the worked augmentation numbers', () => {
	const text = flat(lesson('09-fitting-and-augmentation'));
	it('flips alone give four versions of an image; a continuous rotation range gives a new one each draw', () => {
		const distinct = (ranges: typeof NO_AUGMENTATION) => {
			const r = rng(7);
			return new Set(Array.from({ length: 400 }, () => samplingMatrix(drawAugment(r, ranges), 64, 64).join())).size;
		};
		expect(distinct({ ...NO_AUGMENTATION, flipH: true, flipV: true })).toBe(4);
		expect(distinct({ ...NO_AUGMENTATION, rotate: 20 })).toBe(400);
		expect(text).toContain('the two of them give only four versions of each image');
	});
	it('a 5% shift of 64 pixels and a 20° turn 30 pixels from the centre', () => {
		const m = samplingMatrix({ ...IDENTITY_DRAW, shiftX: 0.05 }, 64, 64);
		expect(Math.abs(m[2])).toBeCloseTo(3.2, 12);
		// the chord a point 30 px from the centre travels when turned by 20°
		const r = samplingMatrix({ ...IDENTITY_DRAW, rotate: 20 }, 64, 64);
		const [x, y] = [32 + 30, 32];
		const moved = Math.hypot(r[0] * x + r[1] * y + r[2] - x, r[3] * x + r[4] * y + r[5] - y);
		expect(text).toContain(`\\approx ${moved.toFixed(1)}$ pixels`);
		expect(text).toContain('$453 / 715 \\approx 63\\%$');
		expect(Math.round((453 / 715) * 100)).toBe(63);
	});
});
