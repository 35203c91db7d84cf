// Quiz for the neural-networks lesson. Numbers come from src/lib/math, never typed twice.
import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick } from '$lib/math/rng';
import { bce, sigmoid, sse, weightedSum } from '$lib/math/nn';

/** A tenth-step value in [lo, hi] (easy to type and to compute by hand). */
const tenth = (r: () => number, lo: number, hi: number) => randInt(r, lo * 10, hi * 10) / 10;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
/** A negative number in brackets, for products and sums written out. */
const p = (x: number) => (x < 0 ? `(${x})` : String(x));

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
				prompt: `A neuron has inputs x₁ = ${x[0]}, x₂ = ${x[1]}, weights w₁ = ${w[0]}, w₂ = ${w[1]} and bias b = ${b}. What is its weighted sum z?`,
				explanation: `z = w₁x₁ + w₂x₂ + b = ${w[0]}×${p(x[0])} + ${p(w[1])}×${p(x[1])} + ${p(b)} = ${round(z, 4)}.`,
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
				prompt: `A hidden neuron with the sigmoid activation has weighted sum z = ${z}. What does it output? (Two decimals are enough.)`,
				explanation: `σ(z) = 1 / (1 + e^(−z)) = 1 / (1 + e^(${-z})) ≈ ${round(a, 4)}.`,
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
				prompt: `A regression network predicts ŷ = ${yhat} for an example whose true value is y = ${y}. What is the sum of squared errors SSE = ½(y − ŷ)²?`,
				explanation: `SSE = ½(${y} − (${yhat}))² = ½ × ${round(y - yhat, 6) < 0 ? `(${round(y - yhat, 6)})` : round(y - yhat, 6)}² ≈ ${round(answer, 2)}.`,
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
				prompt: `A classifier says the probability that a casting is defective is q = ${q}. The casting is ${y === 1 ? 'defective (y = 1)' : 'fine (y = 0)'}. What is the binary cross-entropy? (Natural logarithm.)`,
				explanation:
					y === 1
						? `With y = 1 only the first term is left: −log q = −log ${q} ≈ ${round(answer, 4)}.`
						: `With y = 0 only the second term is left: −log(1 − q) = −log ${round(1 - q, 2)} ≈ ${round(answer, 4)}.`,
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
			const prompts = [
				'Why does a network need a non-linear activation between its layers?',
				`A network has ${layers} hidden layers, all with the linear activation g(z) = z. What can it compute?`,
				`You replace the ReLU in all ${layers} hidden layers of a two-input classifier by g(z) = z. What boundary can it now draw between the classes?`
			];
			const right = [
				'Without one, any stack of layers is one linear function of the inputs',
				'Only a linear function of its inputs, as one layer would',
				'Only a straight line, just as one single neuron would'
			];
			return {
				kind: 'single',
				id: 'why-nonlinear',
				prompt: prompts[variant],
				explanation: `A linear function of a linear function is linear: without a non-linearity, ${
					variant === 0 ? 'stacked layers' : `the ${layers} layers`
				} collapse into one weighted sum and can only draw straight boundaries.`,
				section: 'why-not-just-linear',
				choices: [
					{ text: right[variant], correct: true },
					{
						text: variant === 0
								? 'Without one, the neurons could not compute their weighted sums at all'
								: 'Any function at all, given enough neurons in each layer',
						correct: false,
						why:
							variant === 0
								? 'Weighted sums are what neurons compute anyway; the activation comes after.'
								: 'Width does not help: a sum of linear functions is still linear.'
					},
					{
						text:
							variant === 0
								? 'Non-linear activations make the forward pass faster'
								: 'A curve, since several layers are stacked',
						correct: false,
						why:
							variant === 0
								? 'They add work, if anything; they are there for what the network can represent.'
								: 'Depth without a non-linearity adds nothing: the layers multiply out into one.'
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
				{ what: 'say whether a casting is defective, as a probability', kind: 'classification' },
				{ what: 'give the probability that a weld has a pore', kind: 'classification' },
				{ what: 'predict the wall thickness of a casting in millimetres', kind: 'regression' },
				{ what: 'predict tomorrow’s furnace temperature in °C', kind: 'regression' }
			] as const);
			const cls = task.kind === 'classification';
			return {
				kind: 'single',
				id: 'output-layer',
				prompt: `A network must ${task.what}. What should its output layer and cost be?`,
				explanation: cls
					? 'A sigmoid squashes the output into (0, 1), so it reads as a probability; the cost is then binary cross-entropy.'
					: 'The answer can be any number, so the output is one linear neuron, and the cost is the sum of squared errors.',
				section: cls ? 'classification-binary-cross-entropy' : 'regression-sum-of-squared-errors',
				choices: [
					{
						text: 'One sigmoid neuron, with binary cross-entropy',
						correct: cls,
						why: cls ? undefined : 'A sigmoid can only say 0…1: no thickness or temperature fits in that.'
					},
					{
						text: 'One linear neuron, with sum of squared errors',
						correct: !cls,
						why: cls ? 'Its output can be any number, not a probability.' : undefined
					},
					{
						text: 'One ReLU neuron, with binary cross-entropy',
						correct: false,
						why: 'ReLU outputs can exceed 1 (so they are no probability), and never go below 0.'
					}
				]
			};
		}
	}
];
