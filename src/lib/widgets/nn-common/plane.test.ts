import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FNS_2D, LOSS_2D } from '$lib/math/gd';
import { COEF, inView, levelRadii, planeScales } from './plane';

describe('the 2-D loss plane', () => {
	it.each(FNS_2D)('%s is a·x² + b·y² with the coefficients COEF reads off it', (fn) => {
		const [a, b] = COEF[fn];
		fc.assert(
			fc.property(
				fc.double({ min: -6, max: 6, noNaN: true }),
				fc.double({ min: -6, max: 6, noNaN: true }),
				(x, y) => {
					const f = LOSS_2D[fn].f(x, y);
					expect(f).toBeCloseTo(a * x * x + b * y * y, 9);
				}
			)
		);
	});
	it.each(FNS_2D)('%s: the points of a level ellipse have the level’s loss', (fn) => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 32, noNaN: true }),
				fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
				(c, th) => {
					const [rx, ry] = levelRadii(fn, c);
					expect(LOSS_2D[fn].f(rx * Math.cos(th), ry * Math.sin(th))).toBeCloseTo(c, 9);
				}
			)
		);
	});
	it('scales put [min, max]² in the square with y up; far or broken points are not drawn', () => {
		const { x, y } = planeScales(-5, 5);
		expect([x(-5), x(5), y(-5), y(5)]).toEqual([36, 352, 324, 8]);
		expect(inView([6, -6])).toBe(true);
		expect(inView([6.1, 0])).toBe(false);
		expect(inView([NaN, 0])).toBe(false);
	});
});
