import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleSymlog } from 'd3-scale';
import { LOSS_1D, run1D } from '$lib/math/gd';
import { labelRoom, linearTicks, RECENT_STEPS, spacedTicks, viewHalf, viewHalf2D } from './view';

describe('viewHalf', () => {
	it('keeps the base range while the ball is inside it', () => {
		const r = run1D(LOSS_1D.quadratic, 0.1, 2, 10);
		expect(viewHalf(r.xs, 2, 3, true)).toBe(3);
		expect(viewHalf(r.xs, 2, 3, false)).toBe(3);
	});

	it('widens to keep a diverging ball and its last steps in view, only when following', () => {
		// x² with η = 1.5: x ← −2x, so from 2: 2, −4, 8, −16, …
		const r = run1D(LOSS_1D.quadratic, 1.5, 2, 12);
		const half = viewHalf(r.xs, 2, 3, true);
		const recent = r.xs.slice(-(RECENT_STEPS + 1));
		for (const x of recent) expect(Math.abs(x)).toBeLessThan(half);
		expect(half).toBeCloseTo(Math.abs(r.x) * 1.1, 9);
		expect(viewHalf(r.xs, 2, 3, false)).toBe(3);
	});

	it('always keeps the start in view, and ignores positions that are not finite', () => {
		expect(viewHalf([4.5], 4.5, 3, false)).toBeCloseTo(4.95, 9);
		expect(viewHalf([1, Infinity, NaN], 1, 3, true)).toBe(3);
	});

	it('forgets old steps: a ball that came back lets the view close in again', () => {
		const xs = [100, 50, 1, 0.5, 0.2, 0.1, 0.05, 0.01];
		expect(viewHalf(xs, 0, 3, true)).toBe(3);
		expect(viewHalf(xs.slice(0, 3), 0, 3, true)).toBeCloseTo(110, 9);
	});
});

describe('spacedTicks', () => {
	const gaps = (pos: (v: number) => number, ticks: number[]) =>
		ticks.slice(1).map((v, i) => Math.abs(pos(v) - pos(ticks[i])));

	it('spreads ticks on a symmetric-log axis from 0 to 1e24 at least the gap apart', () => {
		const y = scaleSymlog().domain([0, 1e24]).range([136, 12]);
		// d3's own ticks bunch at the top here: that is the pile-up this replaces
		const d3Gaps = gaps(y, y.ticks(4));
		expect(Math.min(...d3Gaps)).toBeLessThan(2);
		const t = spacedTicks(y, 0, 1e24, 20);
		expect(t[0]).toBe(0);
		expect(t.length).toBeGreaterThanOrEqual(3);
		for (const g of gaps(y, t)) expect(g).toBeGreaterThanOrEqual(20);
		for (const v of t) expect(Math.log10(Math.abs(v) || 1) % 1).toBe(0);
	});

	it('takes fives and twos where there is room, and negative values too', () => {
		const y = scaleSymlog().domain([-3.5, 40]).range([136, 12]);
		const t = spacedTicks(y, -3.5, 40, 18);
		expect(t).toContain(0);
		expect(t.some((v) => v < 0)).toBe(true);
		for (const g of gaps(y, t)) expect(g).toBeGreaterThanOrEqual(18);
		for (const v of t) expect(v).toBeGreaterThanOrEqual(-3.5);
	});

	it('works on a linear axis', () => {
		const x = scaleLinear().domain([-1.1e6, 1.1e6]).range([48, 548]);
		const t = spacedTicks(x, -1.1e6, 1.1e6, 70);
		expect(t).toContain(0);
		for (const g of gaps(x, t)) expect(g).toBeGreaterThanOrEqual(70);
	});
});

describe('viewHalf2D', () => {
	it('keeps the plane while the run stays on it, and widens for a run that leaves it', () => {
		expect(
			viewHalf2D(
				[
					[-4, 1.5],
					[-2, 0.5]
				],
				5,
				true
			)
		).toBe(5);
		const far: number[][] = [
			[1, 1],
			[-3, 40],
			[9, -160]
		];
		expect(viewHalf2D(far, 5, true)).toBeCloseTo(176, 9);
		expect(viewHalf2D(far, 5, false)).toBe(5);
		expect(viewHalf2D([[NaN, 2]], 5, true)).toBe(5);
	});
});

describe('linearTicks', () => {
	it('keeps linear ticks evenly spaced and at least the gap apart', () => {
		// d3 asked for 8 ticks on ±1.1e6 gives 11, 2e5 apart: fewer are asked for until they fit
		const x = scaleLinear().domain([-1.1e6, 1.1e6]).range([48, 548]);
		const xt = linearTicks(x, 60);
		expect(x(xt[1]) - x(xt[0])).toBeGreaterThanOrEqual(60);
		for (const top of [3, 47, 1.07e9, 2.3e17]) {
			const y = scaleLinear()
				.domain([-top / 5, top])
				.range([226, 14])
				.nice();
			const t = linearTicks(y, 24);
			expect(t.length).toBeGreaterThanOrEqual(2);
			const steps = t.slice(1).map((v, i) => v - t[i]);
			for (const s of steps) expect(s).toBeCloseTo(steps[0], 6);
			for (const s of steps) expect(Math.abs(y(s) - y(0))).toBeGreaterThanOrEqual(24);
		}
	});
});

describe('labelRoom', () => {
	it('asks for more room on a phone, where labels are raised to 12 px', () => {
		const desk = labelRoom(11, 1100, 560);
		const phone = labelRoom(11, 330, 560);
		expect(desk).toBeCloseTo(11 * 0.62 * 7 + 12, 9);
		// 12 px on screen at 330 / 560 px per unit is 20.4 units
		expect(phone).toBeCloseTo(((12 * 560) / 330) * 0.62 * 7 + 12, 9);
		expect(labelRoom(11, 330, 560, 12, 0)).toBeCloseTo(((12 * 560) / 330) * 1.8, 9);
		// ticks that far apart on a 500-unit axis of ±36000 leave room for every label
		const x = scaleLinear().domain([-36000, 36000]).range([48, 548]);
		const t = linearTicks(x, phone);
		expect(t.length).toBeGreaterThanOrEqual(2);
		expect(x(t[1]) - x(t[0])).toBeGreaterThanOrEqual(((12 * 560) / 330) * 0.62 * 6);
	});
});
