// The loss plane the 2-D descent widgets (gradient-descent-2d, optimizers) draw, seen from above:
// one square chart of [min, max]², and the level sets of the 2-D losses of src/lib/math/gd.ts.
import { scaleLinear } from 'd3-scale';
import { FNS_2D, LOSS_2D, type Fn2D } from '$lib/math/gd';

/** The chart's side and its margin for the axes, in SVG units. */
export const SIDE = 360;
export const MARGIN = 36;

/** x and y scales of the square chart of [min, max]² (y up). */
export function planeScales(min: number, max: number) {
	return {
		x: scaleLinear()
			.domain([min, max])
			.range([MARGIN, SIDE - 8]),
		y: scaleLinear()
			.domain([min, max])
			.range([SIDE - MARGIN, 8])
	};
}

/**
 * Every 2-D loss is a·x² + b·y² (plane.test.ts checks it against LOSS_2D itself): its level set
 * f = c is an ellipse with radii √(c/a) and √(c/b). The coefficients are read from the loss.
 */
export const COEF = Object.fromEntries(
	FNS_2D.map((fn) => [fn, [LOSS_2D[fn].f(1, 0), LOSS_2D[fn].f(0, 1)]])
) as Record<Fn2D, [number, number]>;

/** The loss values the contour lines are drawn at. */
export const LEVELS = [0.05, 0.2, 0.5, 1, 2, 4, 8, 16, 32];

/** The radii of the level set f = c of `fn`, in the plane's units. */
export function levelRadii(fn: Fn2D, c: number): [number, number] {
	return [Math.sqrt(c / COEF[fn][0]), Math.sqrt(c / COEF[fn][1])];
}

/** A point near enough to draw (a diverging run leaves the chart; beyond ±6 it is not drawn). */
export const inView = (p: readonly number[]) =>
	Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 6 && Math.abs(p[1]) <= 6;
