// Quiz for the neural-networks lesson. Numbers come from src/lib/math, never typed twice.
import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick } from '$lib/math/rng';
import { bce, sigmoid, sse, weightedSum } from '$lib/math/nn';
import { getLocale } from '$lib/i18n';
import { localizeDecimal } from '$lib/i18n/number';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const t = quizText(text);
/** A worked line of numbers with the page language's decimal sign. */
const nums = (s: string) => localizeDecimal(s, getLocale());

/** A tenth-step value in [lo, hi] (easy to type and to compute by hand). */
const tenth = (r: () => number, lo: number, hi: number) => randInt(r, lo * 10, hi * 10) / 10;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
/** A negative number in brackets, for products and sums written out. */
const p = (x: number) => (x < 0 ? `(${x})` : String(x));

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

export const quiz: QuestionSource[] = [
	{
		id: 'weighted-sum',
		make(seed) {
			const r = rng(seed);
			const x = [tenth(r, -2, 2), tenth(r, -2, 2)];
			const w = [tenth(r, -1.5, 1.5), tenth(r, -1.5, 1.5)];
			const b = tenth(r, -1, 1);
			const z = weightedSum(w, x, b);
			return {
				kind: 'numeric',
				id: 'weighted-sum',
				answer: z,
				tolerance: 0.005,
				prompt: t('sum.prompt', { x1: x[0], x2: x[1], w1: w[0], w2: w[1], b }),
				explanation: t('sum.explain', {
					worked: nums(`${w[0]}×${p(x[0])} + ${p(w[1])}×${p(x[1])} + ${p(b)}`),
					z: round(z, 4)
				}),
				section: 'one-neuron'
			};
		}
	},
	{
		id: 'sigmoid',
		make(seed) {
			const r = rng(seed + 101);
			const z = pick(r, [-2, -1, -0.5, 0, 0.5, 1, 2, 3]);
			const a = sigmoid(z);
			return {
				kind: 'numeric',
				id: 'sigmoid',
				answer: a,
				tolerance: 0.005,
				prompt: t('sigmoid.prompt', { z }),
				explanation: t('sigmoid.explain', { mz: -z, a: round(a, 4) }),
				section: 'activation-functions'
			};
		}
	},
	{
		id: 'sse',
		make(seed) {
			const r = rng(seed + 202);
			const y = tenth(r, -10, 70);
			const yhat = tenth(r, -5, 5);
			const answer = sse(y, yhat);
			return {
				kind: 'numeric',
				id: 'sse',
				answer,
				tolerance: 0.01,
				prompt: t('sse.prompt', { yhat, y }),
				explanation: t('sse.explain', {
					y,
					yhat,
					diff: nums(String(round(y - yhat, 6) < 0 ? `(${round(y - yhat, 6)})` : round(y - yhat, 6))),
					answer: round(answer, 2)
				}),
				section: 'regression-sum-of-squared-errors'
			};
		}
	},
	{
		id: 'bce',
		make(seed) {
			const r = rng(seed + 303);
			const y = randInt(r, 0, 1);
			const q = randInt(r, 5, 95) / 100;
			const answer = bce(y, q);
			return {
				kind: 'numeric',
				id: 'bce',
				answer,
				tolerance: 0.005,
				prompt: t('bce.prompt', { q, state: t(y === 1 ? 'bce.defective' : 'bce.fine') }),
				explanation:
					y === 1
						? t('bce.explain.1', { q, answer: round(answer, 4) })
						: t('bce.explain.0', { rest: round(1 - q, 2), answer: round(answer, 4) }),
				section: 'classification-binary-cross-entropy'
			};
		}
	},
	{
		id: 'why-nonlinear',
		make(seed) {
			const r = rng(seed + 404);
			const layers = randInt(r, 2, 6);
			const variant = randInt(r, 0, 2);
			const v = variant as 0 | 1 | 2;
			return {
				kind: 'single',
				id: 'why-nonlinear',
				prompt: t(`nonlinear.prompt.${v}`, { layers }),
				explanation: t('nonlinear.explain', {
					what: variant === 0 ? t('nonlinear.stacked') : t('nonlinear.the-layers', { layers })
				}),
				section: 'why-not-just-linear',
				choices: [
					{ text: t(`nonlinear.right.${v}`), correct: true },
					{
						text: variant === 0
								? t('nonlinear.sums')
								: t('nonlinear.any'),
						correct: false,
						why:
							variant === 0
								? t('nonlinear.sums.why')
								: t('nonlinear.any.why')
					},
					{
						text:
							variant === 0
								? t('nonlinear.faster')
								: t('nonlinear.curve'),
						correct: false,
						why:
							variant === 0
								? t('nonlinear.faster.why')
								: t('nonlinear.curve.why')
					}
				]
			};
		}
	},
	{
		id: 'output-layer',
		make(seed) {
			const r = rng(seed + 505);
			const task = pick(r, [
				{ what: 0, kind: 'classification' },
				{ what: 1, kind: 'classification' },
				{ what: 2, kind: 'regression' },
				{ what: 3, kind: 'regression' }
			] as const);
			const cls = task.kind === 'classification';
			return {
				kind: 'single',
				id: 'output-layer',
				prompt: t('output.prompt', { task: t(`task.${task.what}`) }),
				explanation: cls
					? t('output.explain.cls')
					: t('output.explain.reg'),
				section: cls ? 'classification-binary-cross-entropy' : 'regression-sum-of-squared-errors',
				choices: [
					{
						text: t('output.sigmoid'),
						correct: cls,
						why: cls ? undefined : t('output.sigmoid.why')
					},
					{
						text: t('output.linear'),
						correct: !cls,
						why: cls ? t('output.linear.why') : undefined
					},
					{
						text: t('output.relu'),
						correct: false,
						why: t('output.relu.why')
					}
				]
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
