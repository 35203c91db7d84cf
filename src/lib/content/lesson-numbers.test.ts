// Worked numbers in the prose are the math's, not typed from memory: each claim below is read
// from the lesson file and recomputed with src/lib/math.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOSS_1D, LOSS_2D, run1D, run2D, runVerdict } from '$lib/math/gd';
import { correlate2d, fromRows, outputSize } from '$lib/math/conv';
import { pool2d, poolOutputSize } from '$lib/math/pooling';
import { luma } from '$lib/math/image';
import { presetMatrix } from '$lib/math/kernels';
import { applyGradients, backprop, bce, forward, loss, sigmoid, sse } from '$lib/math/nn';
import { DEFAULT_NET, DEFAULT_X } from '$lib/widgets/nn-common/network-params';
import {
	averagePrecision,
	cheapestThreshold,
	confusionFromScores,
	flipConfusion,
	metricsFrom,
	rocAuc,
	type Confusion
} from '$lib/math/metrics';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { drawAugment, IDENTITY_DRAW, NO_AUGMENTATION, samplingMatrix } from '$lib/math/augment';
import { rng } from '$lib/math/rng';
import { atPrevalence } from '$lib/math/prevalence';
import { errorsByDegree, fittingData, fitVerdict } from '$lib/math/polyfit';
import { N_VALIDATION, params as fittingParams } from '$lib/widgets/fitting/params';

/** The prose with its line breaks and runs of spaces as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const v = (m: { ok: true; value: number } | { ok: false }) => (m.ok ? m.value : NaN);
const grid = (m: { h: number; w: number; data: ArrayLike<number> }) =>
	Array.from({ length: m.h }, (_, r) => Array.from(m.data).slice(r * m.w, (r + 1) * m.w));

const lesson = (slug: string) =>
	readFileSync(new URL(`../../../content/lessons/${slug}/index.md`, import.meta.url), 'utf8');

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

describe('lesson 3: the forward pass', () => {
	const text = flat(lesson('03-neural-networks'));
	it('the hidden activations, the prediction and its sigmoid', () => {
		const f = forward(DEFAULT_NET, DEFAULT_X);
		for (const a of f.a1) expect(text).toContain(`$${a.toFixed(4)}$`);
		expect(text).toContain(`\\approx ${f.yhat.toFixed(4)}`);
		expect(text).toContain(`$q = \\sigma(${f.yhat.toFixed(4)}) \\approx ${sigmoid(f.yhat).toFixed(4)}$`);
	});
	it('the output sum: each product is the shown factors’ product, and the shown terms add up to z', () => {
		const f = forward(DEFAULT_NET, DEFAULT_X);
		const a = f.a1.map((x) => +x.toFixed(4));
		const v = DEFAULT_NET.w2;
		const terms = a.map((x, j) => +(v[j] * x).toFixed(4));
		const show = (x: number) => (x < 0 ? `- ${(-x).toFixed(4)}` : `+ ${x.toFixed(4)}`);
		const line = `&= ${terms[0].toFixed(4)} ${terms.slice(1).map(show).join(' ')} + ${DEFAULT_NET.b2}`;
		expect(text).toContain(`${line} \\approx ${f.yhat.toFixed(4)}`);
		// a learner adding the shown terms gets the shown z
		expect((terms.reduce((p, q) => p + q, 0) + DEFAULT_NET.b2).toFixed(4)).toBe(f.yhat.toFixed(4));
	});
	it('the worked costs: SSE of the fresh network, the widget network, and both BCE cases', () => {
		expect(sse(61.5, -0.986)).toBeCloseTo(1952.25, 2);
		expect(text).toContain(`${(62.486 ** 2).toFixed(6)} \\approx ${sse(61.5, -0.986).toFixed(2)}`);
		const f = forward(DEFAULT_NET, DEFAULT_X);
		expect(text).toContain(`(1 - ${f.yhat.toFixed(4)})^2 \\approx ${sse(1, f.yhat).toFixed(4)}`);
		const q = sigmoid(f.yhat);
		expect(text).toContain(`-\\log ${q.toFixed(4)} \\approx ${bce(1, q).toFixed(4)}`);
		expect(text).toContain(`-\\log ${(1 - q).toFixed(4)} \\approx ${bce(0, q).toFixed(4)}`);
	});
});

describe('lesson 5: the worked metrics, curves and costs', () => {
	const text = flat(lesson('05-classification-metrics'));
	const c: Confusion = { tp: 93, fp: 75, fn: 58, tn: 86 };
	it('accuracy, recall, precision, specificity and F1 of the worked example', () => {
		const m = metricsFrom(c);
		for (const [name, frac] of [
			['accuracy', '\\frac{179}{312}'],
			['recall', '\\frac{93}{151}'],
			['precision', '\\frac{93}{168}'],
			['specificity', '\\frac{86}{161}']
		] as const)
			expect(text).toContain(`${frac} \\approx ${v(m[name]).toFixed(3)}`);
		expect(text).toContain(`\\approx ${v(m.f1).toFixed(3)}`);
	});
	it('the covid example and its flip', () => {
		const covid = { tp: 1, fp: 2, fn: 1, tn: 96 };
		expect(v(metricsFrom(covid).accuracy)).toBe(0.97);
		const flipped = metricsFrom(flipConfusion(covid));
		expect(v(flipped.recall)).toBe(96 / 98);
		expect(v(flipped.precision)).toBe(96 / 97);
		expect(text).toContain('recall becomes 96/98 and precision 96/97');
	});
	it('the four-part AUC and AP', () => {
		const s = [0.9, 0.8, 0.8, 0.3],
			y = [1, 0, 1, 0];
		expect(v(rocAuc(s, y))).toBe(0.875);
		expect(text).toContain('AUC $= 3.5/4 = 0.875$');
		expect(text).toContain(`\\approx ${v(averagePrecision(s, y)).toFixed(3)}$`);
	});
	it('“Try this”: at 0.2 recall reaches 1 and FP fills up; at 0.8 precision rises and FN fills up (the widget’s default set, from 0.5)', () => {
		const set = generateScores(SCORE_SETS.castings);
		const at = (t: number) => confusionFromScores(set.scores, set.labels, t);
		const [low, mid, high] = [at(0.2), at(0.5), at(0.8)];
		expect(v(metricsFrom(low).recall)).toBe(1);
		expect(low.fp).toBeGreaterThan(mid.fp);
		expect(v(metricsFrom(high).precision)).toBeGreaterThan(v(metricsFrom(mid).precision));
		expect(high.fn).toBeGreaterThan(mid.fn);
		expect(text).toContain('move the threshold down to 0.2. Recall reaches 1, and the FP cell fills up.');
		expect(text).toContain('Move it up to 0.8: precision rises and FN fills up.');
	});
	it('the rare-defects set has the stated counts; the cheapest threshold falls as misses cost more', () => {
		const rare = generateScores(SCORE_SETS['rare-defects']);
		expect(rare.labels.filter((l) => l === 0)).toHaveLength(114);
		expect(rare.labels.filter((l) => l === 1)).toHaveLength(6);
		expect(text).toContain('the 114 OK parts supply plenty of false alarms for only 6 defects');
		const set = generateScores(SCORE_SETS.castings);
		const at = (n: number) => {
			const b = cheapestThreshold(set.scores, set.labels, n, 1);
			if (!b.ok) throw new Error('expected a cheapest threshold');
			return b.value.threshold;
		};
		expect(at(10)).toBeLessThanOrEqual(at(1));
		expect(at(50)).toBeLessThanOrEqual(at(10));
		expect(at(50)).toBeLessThan(at(1));
		// "with a cost of 0 … the cheapest choice is to flag nothing at all"
		expect(at(0)).toBe(Infinity);
	});
});

describe('lesson 6: the worked pixels', () => {
	const text = flat(lesson('06-images-as-data'));
	it('gray from colour, ridge on a pit, blur on a pit', () => {
		expect(luma(100, 150, 200)).toBeCloseTo(140.75, 10);
		expect(text).toContain('= 140.75$');
		const pit = fromRows([
			[100, 100, 100],
			[100, 40, 100],
			[100, 100, 100]
		]);
		expect(correlate2d(pit, fromRows(presetMatrix('ridge'))).data[0]).toBe(-480);
		expect(correlate2d(pit, fromRows(presetMatrix('gaussian-3'))).data[0]).toBeCloseTo(85, 10);
	});
	it('“a filter can move content”: a kernel with one off-centre 1 shifts the picture by one cell', () => {
		const img = fromRows([
			[1, 2, 3, 4],
			[5, 6, 7, 8],
			[9, 10, 11, 12],
			[13, 14, 15, 16]
		]);
		const right = correlate2d(
			img,
			fromRows([
				[0, 0, 0],
				[0, 0, 1],
				[0, 0, 0]
			]),
			{ padding: 1 }
		);
		// every cell takes its right-hand neighbour's value: the picture moves one cell left
		expect(grid(right)[1]).toEqual([6, 7, 8, 0]);
	});
});

describe('lesson 7: the worked convolution, sizes and the flipped kernel', () => {
	const text = flat(lesson('07-convolution'));
	const img = fromRows([
		[1, 1, 1, 0, 0],
		[0, 1, 1, 1, 0],
		[0, 0, 1, 1, 1],
		[0, 0, 1, 1, 0],
		[0, 1, 1, 0, 0]
	]);
	const k = fromRows([
		[1, 0, 1],
		[0, 1, 0],
		[1, 0, 1]
	]);
	it('the feature map, and its stride-2 corners', () => {
		expect(grid(correlate2d(img, k))).toEqual([
			[4, 3, 4],
			[2, 4, 3],
			[2, 3, 4]
		]);
		expect(grid(correlate2d(img, k, { stride: 2 }))).toEqual([
			[4, 4],
			[2, 4]
		]);
	});
	it('the output sizes of the examples', () => {
		expect(outputSize(28, 3, 1, 1)).toBe(28);
		expect(outputSize(28, 3, 2, 1)).toBe(14);
		expect(outputSize(300, 3, 1, 0)).toBe(298);
		expect(outputSize(6, 3, 2, 0)).toBe(2);
	});
	it('one bright pixel shows the kernel turned half a circle (cross-correlation), as the lesson says', () => {
		const dot = fromRows(Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => (r === 2 && c === 2 ? 1 : 0))));
		const kernel = presetMatrix('sobel-x');
		const out = grid(correlate2d(dot, fromRows(kernel), { padding: 1 }));
		const around = out.slice(1, 4).map((row) => row.slice(1, 4));
		const turned = kernel.map((row) => [...row].reverse()).reverse();
		expect(around).toEqual(turned);
		expect(text).toContain('**turned half a circle**');
	});
});

describe('lesson 8: the pooling example', () => {
	it('the sizes the lesson states for other windows and strides', () => {
		expect(poolOutputSize(6, 3, 3)).toBe(2);
		expect(poolOutputSize(6, 2, 1)).toBe(5);
		expect(poolOutputSize(6, 4, 4)).toBe(1); // window 0–3: rows 4 and 5 dropped
		expect(poolOutputSize(7, 2, 2)).toBe(3);
		expect(7 * 7 * 32).toBe(1568);
	});
	const m = fromRows([
		[1, 0, 0, 1, 0, 0],
		[0, 1, 1, 0, 0, 0],
		[4, 2, 2, 0, 1, 0],
		[1, 3, 1, 1, 0, 1],
		[0, 0, 1, 2, 0, 1],
		[0, 0, 0, 1, 1, 0]
	]);
	it('max and average pooling give the stated maps', () => {
		expect(grid(pool2d(m, 2, 2, 'max'))).toEqual([
			[1, 1, 0],
			[4, 2, 1],
			[0, 2, 1]
		]);
		expect(grid(pool2d(m, 2, 2, 'avg'))).toEqual([
			[0.5, 0.5, 0],
			[2.5, 1, 0.5],
			[0, 1, 0.5]
		]);
	});
});

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


describe('lesson 10: the data set’s counts and precision on a real line', () => {
	const text = flat(lesson('10-case-study'));
	it('the split table and the 57% share of defects', () => {
		expect(text).toContain('| train | 3,758 | 2,875 | 6,633 |');
		expect(text).toContain('| test | 453 | 262 | 715 |');
		expect(3758 + 2875).toBe(6633);
		expect(453 + 262).toBe(715);
		expect(Math.round(((3758 + 453) / 7348) * 100)).toBe(57);
		expect(Math.round((3758 / 6633) * 100)).toBe(57);
		expect(text).toContain('About 57% of the photos show defects');
	});
	it('precision at the test set’s rate and at 2% is atPrevalence of the stated recall and specificity', () => {
		const m = /a model with recall \$([\d.]+)\$ and specificity \$([\d.]+)\$/.exec(text)!;
		const [recall, spec] = [Number(m[1]), Number(m[2])];
		const rate = 453 / 715;
		const test = atPrevalence(recall, spec, rate);
		expect(text).toContain(
			`where 453 of the 715 parts (${Math.round(rate * 100)}%) are defective, its precision is $${test.precision!.toFixed(2)}$`
		);
		const line = atPrevalence(recall, spec, 0.02);
		const [caught, missed, fa] = [line.truePerThousand, line.missedPerThousand, line.falseAlarmsPerThousand].map(
			Math.round
		);
		const [def, ok] = [Math.round(1000 * 0.02), Math.round(1000 * 0.98)];
		expect(caught + missed).toBe(def);
		expect(text).toContain(`of every 1,000 parts ${def} are defective: the model catches ${caught} of them and misses ${missed}`);
		expect(text).toContain(`it also flags ${fa} of the ${ok} OK parts. Of its ${caught + fa} alarms only ${caught} are real`);
		expect(text).toContain(`$${caught} / ${caught + fa} \\approx ${line.precision!.toFixed(2)}$`);
		// the rounded counts tell the same story as the exact precision
		expect((caught / (caught + fa)).toFixed(2)).toBe(line.precision!.toFixed(2));
		expect(line.precision!).toBeLessThan(0.5);
	});
});
