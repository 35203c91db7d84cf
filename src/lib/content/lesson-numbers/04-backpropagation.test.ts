// Lesson 4's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { LOSS_1D, LOSS_2D, run1D, run2D, runVerdict } from '$lib/math/gd';
import { applyGradients, backprop, forward, loss } from '$lib/math/nn';
import { DEFAULT_NET, DEFAULT_X } from '$lib/widgets/nn-common/network-params';
import { errorsByDegree, fittingData, fitVerdict } from '$lib/math/polyfit';
import { N_VALIDATION, params as fittingParams } from '$lib/widgets/fitting/params';
import { flat, lesson } from './read';

describe('lesson 4: the double-well runs', () => {
	const text = lesson('04-backpropagation');
	const dw = LOSS_1D['double-well'];
	it('η = 0.05 from 2 settles at the local minimum in the stated steps and cost', () => {
		const r = run1D(dw, 0.05, 2, 1000);
		expect(r.status).toBe('converged');
		expect(text).toContain(`local_ minimum at $${r.x.toFixed(4)}$`);
		expect(text).toContain(`after ${r.updates} steps, with cost about $${r.loss.toFixed(2)}$`);
	});
	it('the better answer over the hill costs the stated amount, and from −2 descent goes straight there', () => {
		const g = run1D(dw, 0.1, 2, 1000);
		expect(text).toContain(`a better answer, cost\n  about $${g.loss.toFixed(2)}$, is over the hill`);
		const left = run1D(dw, 0.05, -2, 1000);
		expect(left.status).toBe('converged');
		expect(left.x.toFixed(4)).toBe(g.x.toFixed(4));
		// it never crosses the hill (x stays left of 0.17), and its first step overshoots the minimum
		expect(Math.max(...left.xs)).toBeLessThan(0.17);
		expect(left.xs[1]).toBeGreaterThan(left.x);
		expect(flat(text)).toContain(
			`global minimum after ${left.updates} steps (the first step overshoots it, to $${+left.xs[1].toFixed(2)}$, and the ball comes back)`
		);
	});
	it('η = 0.1 from 2 ends at the global minimum', () => {
		const r = run1D(dw, 0.1, 2, 1000);
		expect(r.status).toBe('converged');
		expect(text).toContain(`global minimum at $${r.x.toFixed(4)}$`);
	});
	it('η = 0.15 from 2 bounces between the two stated values', () => {
		const r = run1D(dw, 0.15, 2, 200);
		expect(r.status).toBe('running');
		const [a, b] = r.xs.slice(-2).sort((p, q) => q - p);
		expect(text).toContain(`between about $${a.toFixed(3)}$ and $${b.toFixed(3)}$`);
	});
	it('η = 0.2 from 2 diverges within 5 steps', () => {
		const r = run1D(dw, 0.2, 2, 1000);
		expect(r.status).toBe('diverged');
		expect(r.updates).toBeLessThanOrEqual(5);
		expect(text).toContain('$\\eta = 0.2$: it diverges within 5 steps');
	});
});

describe('lesson 4: the fitting verdicts the prose states', () => {
	const text = flat(lesson('04-backpropagation'));
	const curveOf = (seed: number) =>
		errorsByDegree(fittingData(seed, fittingParams.n.default, N_VALIDATION, fittingParams.noise.default), 9);
	it('“Try this” on the default points: degree 1 underfits, 3 is good, 9 passes through them and overfits', () => {
		const curve = curveOf(fittingParams.seed.default);
		expect(text).toContain('degree 1 (a straight line) misses the wave: underfitting');
		expect(fitVerdict(curve, 1)).toBe('underfitting');
		expect(text).toContain('Degree 3 follows the curve and both errors are low');
		expect(fitVerdict(curve, 3)).toBe('good');
		expect(curve[9].train).toBeLessThan(1e-9);
		expect(fitVerdict(curve, 9)).toBe('overfitting');
	});
	it('no takeaway reads a verdict off the train/validation gap, which the validation curve contradicts', () => {
		// Seed 2 (the first "New random points"), degree 3: training error about a tenth of the
		// validation error, yet the lowest validation error of all degrees within tolerance: good.
		const curve = curveOf(2);
		expect(curve[3].train * 5).toBeLessThan(curve[3].validation);
		expect(fitVerdict(curve, 3)).toBe('good');
		expect(text).not.toMatch(/training error far below validation error means overfitting/i);
		expect(text).toContain('Choose by the validation error');
	});
});

describe('lesson 4: the learning-rate runs and the hand steps', () => {
	const text = flat(lesson('04-backpropagation'));
	const q = LOSS_1D.quadratic;
	it('x² from 2: the stated step counts and verdicts', () => {
		const cases: [number, string, string][] = [
			[0.1, 'converged', 'it converges after {n} steps'],
			[0.01, 'converged', 'it needs {n}'],
			[0.9, 'converged', 'It still settles, after {n} steps'],
			[1.1, 'diverged', 'diverges after {n} steps']
		];
		for (const [lr, status, phrase] of cases) {
			const r = run1D(q, lr, 2, 1000);
			expect(r.status).toBe(status);
			expect(text).toContain(phrase.replace('{n}', String(r.updates)));
		}
		// and η = 1.1 is called diverging long before |x| > 1e6
		expect(runVerdict(run1D(q, 1.1, 2, 4), 'quadratic')).toBe('diverging');
	});
	it('the three hand steps and the costs', () => {
		const r = run1D(q, 0.1, 2, 3);
		expect(r.xs.map((x) => +x.toFixed(4))).toEqual([2, 1.6, 1.28, 1.024]);
		expect(text).toContain(`x_3 &= 1.28 - 0.1 \\times 2.56 = ${+r.xs[3].toFixed(4)}`);
		expect(text).toContain(`$${r.losses.map((l) => +l.toFixed(4)).join(' \\to ')}$`);
	});
	it('the valley: η 0.4 bounces, 0.55 diverges across while crawling along, β 0.9 converges', () => {
		const bounce = run2D(LOSS_2D.valley, 0.4, [-4, 1.5], 6);
		const ys = bounce.path.map((p) => p[1]);
		for (let i = 1; i < ys.length; i++) expect(Math.sign(ys[i])).toBe(-Math.sign(ys[i - 1]));
		const wild = run2D(LOSS_2D.valley, 0.55, [-4, 1.5], 500);
		expect(wild.status).toBe('diverged');
		expect(Math.abs(wild.path.at(-1)![0])).toBeLessThan(4);
		expect(run2D(LOSS_2D.valley, 0.05, [-4, 1.5], 500, 0.9).status).toBe('converged');
	});
	it('backprop on the lesson’s network: the stated gradients, updates and new cost', () => {
		const net = DEFAULT_NET;
		const f = forward(net, DEFAULT_X);
		const g = backprop(net, f, 1);
		const d4 = (x: number) => x.toFixed(4);
		expect(text).toContain(`$\\delta = ${d4(f.yhat)} - 1 = ${d4(f.yhat - 1)}$`);
		expect(text).toContain(`$\\partial L / \\partial v_1 = ${d4(f.yhat - 1)} \\times ${d4(f.a1[0])} = ${d4(g.w2[0])}$`);
		expect(text).toContain(`$${d4(g.w2[1])}$ and $${d4(g.w2[2])}$`);
		expect(text).toContain(`\\delta_1 = ${d4(f.yhat - 1)} \\times 1.2 \\times ${d4(f.a1[0] * (1 - f.a1[0]))} = ${d4(g.delta1[0])}$`);
		const next = applyGradients(net, g, 0.1);
		expect(text).toContain(`$v_1 = 1.2 - 0.1 \\times (${d4(g.w2[0])}) = ${d4(next.w2[0])}$`);
		expect(text).toContain(`falls from $${d4(loss(net, f, 1))}$ to $${d4(loss(next, forward(next, DEFAULT_X), 1))}$`);
	});
});
