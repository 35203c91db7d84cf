// Quiz for lesson 2. Numeric answers come from src/lib/math/linear.ts.
import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick, type Rng } from '$lib/math/rng';
import { predict } from '$lib/math/linear';

const QUESTIONS = [
	{ q: 'What will the temperature be tomorrow?', kind: 'regression' },
	{ q: 'Will it be cold or hot tomorrow?', kind: 'classification' },
	{ q: 'Is this casting defective or OK?', kind: 'classification' },
	{ q: 'How many millimetres of rain will fall tomorrow?', kind: 'regression' },
	{ q: 'Is this insurance claim fraudulent or genuine?', kind: 'classification' },
	{ q: 'What price will this house sell for?', kind: 'regression' },
	{ q: 'How many millimetres thick is this casting’s wall?', kind: 'regression' },
	{ q: 'Which of five defect types does this photo show?', kind: 'classification' },
	{ q: 'How many minutes will this part take to machine?', kind: 'regression' },
	{ q: 'Will this customer cancel the contract this year?', kind: 'classification' }
] as const;

/** Systems to place in the AI ⊃ ML ⊃ DL nesting, each with the innermost term it belongs to. */
const SYSTEMS = [
	{ what: 'A chess program that follows rules written by hand', inner: 'ai' },
	{ what: 'A route planner that searches a road map with a fixed algorithm', inner: 'ai' },
	{ what: 'A spam filter whose word weights were fitted to labelled e-mails', inner: 'ml' },
	{ what: 'A decision tree that learned from past claims which ones were fraud', inner: 'ml' },
	{ what: 'A convolutional network with many layers that learned to spot cracks in photos', inner: 'dl' },
	{ what: 'A translation system built from a many-layer neural network trained on text', inner: 'dl' }
] as const;
const NEST = {
	ai: 'AI, but not machine learning',
	ml: 'Machine learning (so AI), but not deep learning',
	dl: 'Deep learning, so also machine learning and AI'
} as const;
const WHY_NEST = {
	ai: 'Its rules were written by people, not learned from data: AI without machine learning.',
	ml: 'It learned its rules from data, without a many-layer neural network: ML, not DL.',
	dl: 'A neural network of many layers that learned from data: deep learning, inside ML, inside AI.'
} as const;

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

export const quiz: QuestionSource[] = [
	{
		id: 'nesting',
		make(seed) {
			const r = rng(seed);
			if (r() < 0.4)
				return {
					kind: 'single',
					id: 'nesting',
					prompt: 'How are artificial intelligence (AI), machine learning (ML) and deep learning (DL) related?',
					choices: [
						{ text: 'DL is part of ML, and ML is part of AI', correct: true },
						{
							text: 'AI is part of ML, and ML is part of DL',
							correct: false,
							why: 'It is the other way round: AI is the widest term.'
						},
						{
							text: 'They are three fields that do not overlap',
							correct: false,
							why: 'Every deep learning system is a machine learning system, and every ML system is AI.'
						}
					],
					explanation: 'Deep learning ⊂ machine learning ⊂ AI. A chess program with hand-written rules is AI without ML.',
					section: 'ai-machine-learning-and-deep-learning'
				};
			const sys = pick(r, SYSTEMS);
			return {
				kind: 'single',
				id: 'nesting',
				prompt: `${sys.what}. Where does it belong?`,
				choices: (['ai', 'ml', 'dl'] as const).map((k) => ({
					text: NEST[k],
					correct: k === sys.inner,
					why: k === sys.inner ? undefined : WHY_NEST[sys.inner]
				})),
				explanation: `${WHY_NEST[sys.inner]} Deep learning ⊂ machine learning ⊂ AI.`,
				section: 'ai-machine-learning-and-deep-learning'
			};
		}
	},
	{
		id: 'learning-from-data',
		make(seed) {
			const r = rng(seed);
			const ml = r() < 0.5;
			const task = pick(r, [
				'flag fraudulent insurance claims',
				'sort castings into defective and OK',
				'move spam e-mails out of the inbox'
			]);
			const choices = [
				{
					text: 'Data and the answers; it returns the rules',
					correct: ml,
					why: ml ? undefined : 'That is machine learning: the rules are learned from labelled examples.'
				},
				{
					text: 'Data and the rules; it returns the answers',
					correct: !ml,
					why: ml ? 'That is traditional programming: a person writes the rules.' : undefined
				},
				{
					text: 'The rules and the answers; it returns new data',
					correct: false,
					why: 'Neither approach makes data: both take data in.'
				}
			];
			return {
				kind: 'single',
				id: 'learning-from-data',
				prompt: `To ${task} with ${
					ml ? 'machine learning' : 'traditional programming'
				}, what do you give the computer, and what does it give back?`,
				choices,
				explanation:
					'Traditional programming: data + rules → answers. Machine learning: data + answers (labels) → rules (a model), learned from labelled examples.',
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
				prompt: `“${item.q}” Which kind of question is this?`,
				choices: [
					{ text: 'Regression', correct: item.kind === 'regression' },
					{ text: 'Classification', correct: item.kind === 'classification' }
				],
				explanation:
					item.kind === 'regression'
						? 'The answer is a number on a continuous scale, so it is regression.'
						: 'The answer is one of a fixed set of categories, so it is classification.',
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
				prompt: `A linear model has weights w₁ = ${w[0]}, w₂ = ${w[1]} and bias b = ${b}. What does it predict for x₁ = ${x[0]}, x₂ = ${x[1]}?`,
				answer,
				tolerance: 0.01,
				explanation: `ŷ = w₁x₁ + w₂x₂ + b = ${w[0]}·${x[0]} ${signed(w[1])}·${x[1]} ${signed(b)} = ${answer}.`,
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
				prompt: `Today is ${x} °C. In the widget below, change the weight w and the bias b (keep x = ${x}) until the model predicts ŷ = ${target} °C for tomorrow.`,
				widget: 'linear-model',
				params: `w=${w}&b=${b}&x=${x}`,
				checks: [
					{ readout: 'prediction', label: 'ŷ', equals: target, tolerance: 0.05 },
					{ readout: 'x', label: 'x', equals: x }
				],
				explanation: `Any w and b with w·${x} + b = ${target} will do, for example w = 1 and b = ${target - x}, or w = 0 and b = ${target}: many models give the same prediction for one input. Training picks the one that fits many past days at once.`,
				section: 'the-linear-model'
			};
		}
	}
];
