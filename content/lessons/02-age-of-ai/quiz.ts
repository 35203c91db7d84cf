// Quiz for lesson 2. Numeric answers come from src/lib/math/linear.ts.
import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick, type Rng } from '$lib/math/rng';
import { predict } from '$lib/math/linear';
import { getLocale } from '$lib/i18n';
import { localizeDecimal } from '$lib/i18n/number';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);
/** A worked line of numbers with the page language's decimal sign. */
const nums = (s: string) => localizeDecimal(s, getLocale());

const QUESTIONS = [
	{ q: 0, kind: 'regression' },
	{ q: 1, kind: 'classification' },
	{ q: 2, kind: 'classification' },
	{ q: 3, kind: 'regression' },
	{ q: 4, kind: 'classification' },
	{ q: 5, kind: 'regression' },
	{ q: 6, kind: 'regression' },
	{ q: 7, kind: 'classification' },
	{ q: 8, kind: 'regression' },
	{ q: 9, kind: 'classification' }
] as const;

/** Systems to place in the AI ⊃ ML ⊃ DL nesting, each with the innermost term it belongs to. */
const SYSTEMS = [
	{ what: 0, inner: 'ai' },
	{ what: 1, inner: 'ai' },
	{ what: 2, inner: 'ml' },
	{ what: 3, inner: 'ml' },
	{ what: 4, inner: 'dl' },
	{ what: 5, inner: 'dl' }
] as const;

/** A number from {−2, −1.5, …, 2} without 0: a weight a learner can multiply in their head. */
const halfStep = (r: Rng) => {
	const k = randInt(r, 1, 4) * (r() < 0.5 ? -1 : 1);
	return k / 2;
};

/** The seeded numbers of the linear-model question (exported for its test). */
export function linearVariant(seed: number) {
	const r = rng(seed);
	const w = [halfStep(r), halfStep(r)];
	const x = [randInt(r, 1, 30), randInt(r, 1, 10)];
	const b = randInt(r, -5, 5);
	return { w, x, b };
}

/** ŷ = w₁x₁ + w₂x₂ + b, from the one-input model of src/lib/math: the inner model's output is the outer one's bias. */
export function predict2(w: readonly number[], x: readonly number[], b: number): number {
	return predict(w[0], predict(w[1], b, x[1]), x[0]);
}

/** The seeded start and target of the widget task (exported for its test). */
export function widgetVariant(seed: number) {
	const r = rng(seed);
	const x = randInt(r, 20, 30);
	const w = 0.5;
	const b = 10;
	const start = predict(w, b, x);
	let target = randInt(r, 15, 35);
	if (target === start) target += 1;
	return { x, w, b, target };
}

const signed = (v: number) => (v < 0 ? `− ${-v}` : `+ ${v}`);

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

export const quiz: QuestionSource[] = [
	{
		id: 'nesting',
		make(seed) {
			const r = rng(seed);
			if (r() < 0.4)
				return {
					kind: 'single',
					id: 'nesting',
					prompt: q('nesting.prompt'),
					choices: [
						{ text: q('nesting.right'), correct: true },
						{
							text: q('nesting.reversed'),
							correct: false,
							why: q('nesting.reversed.why')
						},
						{
							text: q('nesting.apart'),
							correct: false,
							why: q('nesting.apart.why')
						}
					],
					explanation: q('nesting.explain'),
					section: 'ai-machine-learning-and-deep-learning'
				};
			const sys = pick(r, SYSTEMS);
			return {
				kind: 'single',
				id: 'nesting',
				prompt: q('system.prompt', { what: q(`system.${sys.what}`) }),
				choices: (['ai', 'ml', 'dl'] as const).map((k) => ({
					text: q(`nest.${k}`),
					correct: k === sys.inner,
					why: k === sys.inner ? undefined : q(`why-nest.${sys.inner}`)
				})),
				explanation: q('system.explain', { why: q(`why-nest.${sys.inner}`) }),
				section: 'ai-machine-learning-and-deep-learning'
			};
		}
	},
	{
		id: 'learning-from-data',
		make(seed) {
			const r = rng(seed);
			const ml = r() < 0.5;
			const task = q(`task.${pick(r, [0, 1, 2] as const)}`);
			const choices = [
				{
					text: q('data.answers'),
					correct: ml,
					why: ml ? undefined : q('data.answers.why')
				},
				{
					text: q('data.rules'),
					correct: !ml,
					why: ml ? q('data.rules.why') : undefined
				},
				{
					text: q('data.none'),
					correct: false,
					why: q('data.none.why')
				}
			];
			return {
				kind: 'single',
				id: 'learning-from-data',
				prompt: q('learning.prompt', { task, approach: q(ml ? 'approach.ml' : 'approach.traditional') }),
				choices,
				explanation: q('learning.explain'),
				section: 'traditional-programming-and-machine-learning'
			};
		}
	},
	{
		id: 'regression-or-classification',
		make(seed) {
			const item = pick(rng(seed), QUESTIONS);
			return {
				kind: 'single',
				id: 'regression-or-classification',
				prompt: q('kind.prompt', { q: q(`q.${item.q}`) }),
				choices: [
					{ text: q('kind.regression'), correct: item.kind === 'regression' },
					{ text: q('kind.classification'), correct: item.kind === 'classification' }
				],
				explanation: q(item.kind === 'regression' ? 'kind.regression.explain' : 'kind.classification.explain'),
				section: 'two-kinds-of-question-regression-and-classification'
			};
		}
	},
	{
		id: 'linear-prediction',
		make(seed) {
			const { w, x, b } = linearVariant(seed);
			const answer = predict2(w, x, b);
			return {
				kind: 'numeric',
				id: 'linear-prediction',
				prompt: q('linear.prompt', { w1: w[0], w2: w[1], b, x1: x[0], x2: x[1] }),
				answer,
				tolerance: 0.01,
				explanation: q('linear.explain', {
					worked: nums(`${w[0]}·${x[0]} ${signed(w[1])}·${x[1]} ${signed(b)}`),
					answer
				}),
				section: 'the-linear-model'
			};
		}
	},
	{
		id: 'set-the-model',
		make(seed) {
			const { x, w, b, target } = widgetVariant(seed);
			return {
				kind: 'widget',
				id: 'set-the-model',
				prompt: q('widget.prompt', { x, target }),
				widget: 'linear-model',
				params: `w=${w}&b=${b}&x=${x}`,
				checks: [
					{ readout: 'prediction', label: 'ŷ', equals: target, tolerance: 0.05 },
					{ readout: 'x', label: 'x', equals: x }
				],
				explanation: q('widget.explain', { x, target, diff: target - x }),
				section: 'the-linear-model'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
