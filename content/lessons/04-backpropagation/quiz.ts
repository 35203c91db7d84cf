// Quiz for the backpropagation lesson. Numbers come from src/lib/math, never typed twice.
import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick } from '$lib/math/rng';
import { LOSS_1D, run1D } from '$lib/math/gd';
import { backprop, forward, type Network } from '$lib/math/nn';
import { adamPath, sgdLineRun } from '$lib/math/optimizers';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const t = quizText(text);

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

export const quiz: QuestionSource[] = [
	{
		id: 'gd-step',
		make(seed) {
			const r = rng(seed);
			const x0 = pick(r, [-4, -3, -2, -1, 1, 2, 3, 4]);
			const lr = pick(r, [0.05, 0.1, 0.2, 0.25, 0.3]);
			const x1 = run1D(LOSS_1D.quadratic, lr, x0, 1).x;
			return {
				kind: 'numeric',
				id: 'gd-step',
				answer: x1,
				tolerance: 0.0005,
				prompt: t('gd.prompt', { x0, lr }),
				explanation: t('gd.explain', { d: 2 * x0, x0, lr, x1: round(x1, 6) }),
				section: 'one-step-by-hand'
			};
		}
	},
	{
		id: 'double-well-step',
		make(seed) {
			const r = rng(seed + 11);
			const x0 = pick(r, [-2, -1, 1, 2]);
			const lr = pick(r, [0.01, 0.02, 0.05]);
			const d = LOSS_1D['double-well'].df(x0);
			const x1 = run1D(LOSS_1D['double-well'], lr, x0, 1).x;
			return {
				kind: 'numeric',
				id: 'double-well-step',
				answer: x1,
				tolerance: 0.0005,
				prompt: t('dw.prompt', { x0, lr }),
				explanation: t('dw.explain', { x0, d, lr, x1: round(x1, 6) }),
				section: 'local-and-global-minima'
			};
		}
	},
	{
		id: 'too-large',
		make(seed) {
			const r = rng(seed + 17);
			const lr = pick(r, [0.05, 0.3, 0.7, 0.9, 1, 1.05, 1.1, 1.5]);
			const x0 = pick(r, [-3, -2, 2, 3]);
			const factor = 1 - 2 * lr;
			const run = run1D(LOSS_1D.quadratic, lr, x0, 1000);
			const first = run.xs[1];
			// The answer is read from the run itself: its status, and whether the first step crossed 0.
			const kind: 'smooth' | 'jumps' | 'diverges' | 'cycle' =
				run.status === 'diverged'
					? 'diverges'
					: run.status === 'converged'
						? Math.sign(first) === Math.sign(x0)
							? 'smooth'
							: 'jumps'
						: 'cycle';
			const keys = ['smooth', 'jumps', 'diverges', 'cycle'] as const;
			return {
				kind: 'single',
				id: 'too-large',
				prompt: t('large.prompt', { lr, x0 }),
				explanation: t('large.explain', {
					factor: round(factor, 6),
					x1: round(first, 6),
					why: t(`large.why.${kind}`)
				}),
				section: 'the-learning-rate',
				choices: keys.map((k) => ({ text: t(`large.${k}`), correct: k === kind }))
			};
		}
	},
	{
		id: 'output-gradient',
		make(seed) {
			const r = rng(seed + 23);
			const yhat = randInt(r, -10, 20) / 10;
			const y = randInt(r, 0, 20) / 10;
			const a = randInt(r, 1, 9) / 10;
			// A network whose first hidden activation is a and whose prediction is ŷ (linear
			// hidden layer, inputs (a, 0)), so the answer is what backprop computes.
			const v = 1;
			const net: Network = {
				w1: [
					[1, 0],
					[0, 1]
				],
				b1: [0, 0],
				w2: [v, 0],
				b2: yhat - v * a,
				hidden: 'linear',
				output: 'regression'
			};
			const g = backprop(net, forward(net, [a, 0]), y);
			return {
				kind: 'numeric',
				id: 'output-gradient',
				answer: g.w2[0],
				tolerance: 0.0005,
				prompt: t('out.prompt', { yhat, y, a }),
				explanation: t('out.explain', { d: round(yhat - y, 6), a, g: round(g.w2[0], 6) }),
				section: 'backpropagation'
			};
		}
	},
	{
		id: 'order',
		make(seed) {
			const r = rng(seed + 29);
			const asked = pick(r, [0, 1, 2, 3] as const);
			return {
				kind: 'single',
				id: 'order',
				prompt: t(`order.prompt.${asked}`),
				explanation: t('order.explain'),
				section: 'backpropagation',
				choices: [
					{ text: t(`order.right.${asked}`), correct: true },
					...([0, 1] as const).map((w) => ({
						text: t(`order.wrong.${asked}.${w}`),
						correct: false,
						why: t('order.why')
					}))
				]
			};
		}
	},
	{
		id: 'overfit',
		make(seed) {
			const r = rng(seed + 37);
			const kind = pick(r, ['overfitting', 'underfitting', 'good'] as const);
			const [train, val] =
				kind === 'overfitting'
					? [randInt(r, 1, 9) / 1000, randInt(r, 20, 90) / 100]
					: kind === 'underfitting'
						? ((t) => [t, round(t * (1 + randInt(r, 2, 10) / 100), 3)])(randInt(r, 40, 90) / 100)
						: ((t) => [t, round(t * (1 + randInt(r, 5, 20) / 100), 3)])(randInt(r, 20, 60) / 1000);
			return {
				kind: 'single',
				id: 'overfit',
				prompt: t('fit.prompt', { train, val }),
				explanation: t(`fit.explain.${kind}`, { train, val }),
				section: 'fitting-underfitting-and-overfitting',
				choices: (['overfitting', 'underfitting', 'good'] as const).map((k) => ({
					text: t(`fit.${k}`),
					correct: k === kind
				}))
			};
		}
	},
	{
		id: 'adam-first-step',
		make(seed) {
			const r = rng(seed + 41);
			const x0 = pick(r, [-4, -3, -2, 2, 3, 4]);
			const a = pick(r, [0.5, 1, 2, 5]);
			const lr = pick(r, [0.01, 0.05, 0.1, 0.2]);
			const path = adamPath((p) => [2 * a * p[0]], [x0], lr, { beta1: 0.9, beta2: 0.999, eps: 1e-8 }, 1);
			const x1 = path[1][0];
			return {
				kind: 'numeric',
				id: 'adam-first-step',
				answer: x1,
				tolerance: 0.0005,
				prompt: t('adam.prompt', { lr, a, x0 }),
				explanation: t('adam.explain', {
					ga: 2 * a,
					g: 2 * a * x0,
					x0,
					lr,
					sign: Math.sign(x0),
					x1: round(x1, 6)
				}),
				section: 'momentum-and-adam-side-by-side'
			};
		}
	},
	{
		id: 'central-difference',
		make(seed) {
			const r = rng(seed + 42);
			const h = pick(r, [0.01, 0.001]);
			const base = randInt(r, 50, 400) / 1000;
			const slope = randInt(r, -60, 60) / 100 || 0.25;
			const plus = base + slope * h;
			const minus = base - slope * h;
			const answer = (plus - minus) / (2 * h);
			return {
				kind: 'numeric',
				id: 'central-difference',
				answer,
				tolerance: 0.0005,
				prompt: t('cd.prompt', { h, plus: round(plus, 8), minus: round(minus, 8) }),
				explanation: t('cd.explain', {
					plus: round(plus, 8),
					minus: round(minus, 8),
					h2: 2 * h,
					answer: round(answer, 6)
				}),
				section: 'check-backprop-yourself'
			};
		}
	},
	{
		id: 'minibatch-updates',
		make(seed) {
			const r = rng(seed + 4401);
			const n = pick(r, [40, 100, 250, 1000, 1500]);
			const batch = pick(r, [8, 16, 32, 64]);
			// the updates the widget's SGD makes in its first epoch: batches until every point is used
			const pts = Array.from({ length: n }, (_, i) => ({ x: i / n, y: 0 }));
			const { batches } = sgdLineRun(pts, [0, 0], 0.1, batch, Math.ceil(n / batch) + 1, seed);
			let used = 0,
				answer = 0;
			while (used < n) used += batches[answer++].length;
			const lastSize = batches[answer - 1].length;
			return {
				kind: 'numeric',
				id: 'minibatch-updates',
				answer,
				tolerance: 0,
				prompt: t('mb.prompt', { n, batch }),
				explanation: t('mb.explain', {
					n,
					batch,
					answer,
					rest: lastSize < batch ? t('mb.rest', { last: lastSize }) : ''
				}),
				section: 'momentum-and-adam-side-by-side'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
