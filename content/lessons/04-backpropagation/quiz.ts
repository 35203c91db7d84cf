// Quiz for the backpropagation lesson. Numbers come from src/lib/math, never typed twice.
import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick } from '$lib/math/rng';
import { LOSS_1D, run1D } from '$lib/math/gd';
import { backprop, forward, type Network } from '$lib/math/nn';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export const quiz: QuestionSource[] = [
	{
		id: 'gd-step',
		make(seed) {
			const r = rng(seed);
			const x0 = seed === 0 ? 2 : randInt(r, -4, 4) || 3;
			const lr = seed === 0 ? 0.1 : pick(r, [0.05, 0.1, 0.2, 0.25, 0.3]);
			const x1 = run1D(LOSS_1D.quadratic, lr, x0, 1).x;
			return {
				kind: 'numeric',
				id: 'gd-step',
				answer: x1,
				tolerance: 0.0005,
				prompt: `Gradient descent on f(x) = x² starts at x₀ = ${x0} with learning rate η = ${lr}. Where is x after one step?`,
				explanation: `f′(x) = 2x = ${2 * x0}, so x₁ = ${x0} − ${lr} × ${2 * x0} = ${round(x1, 6)}.`,
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
				prompt: `On f(x) = x⁴ − 3x² + x (slope f′(x) = 4x³ − 6x + 1), take one gradient-descent step from x₀ = ${x0} with η = ${lr}. What is x₁?`,
				explanation: `f′(${x0}) = ${d}, so x₁ = ${x0} − ${lr} × (${d}) = ${round(x1, 6)}.`,
				section: 'local-and-global-minima'
			};
		}
	},
	{
		id: 'too-large',
		make: () => ({
			kind: 'single',
			id: 'too-large',
			prompt: 'Gradient descent on f(x) = x² with η = 1.1, starting at x₀ = 2. What happens?',
			explanation:
				'Each step multiplies x by 1 − 2η = −1.2: the point jumps across the minimum and lands further away every time, so it diverges.',
			section: 'the-learning-rate',
			choices: [
				{ text: 'It jumps from side to side, further out every step: it diverges.', correct: true },
				{
					text: 'It converges slowly, because the steps are large.',
					correct: false,
					why: 'Large steps overshoot; here each overshoot is bigger than the last.'
				},
				{
					text: 'It gets stuck in a local minimum.',
					correct: false,
					why: 'x² has only one minimum.'
				}
			]
		})
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
				prompt: `A regression network (SSE loss, linear output) predicts ŷ = ${yhat} for a target y = ${y}. Hidden neuron 1 has activation a₁ = ${a}. What is ∂L/∂v₁, the gradient for the weight from hidden neuron 1 to the output?`,
				explanation: `δ = ŷ − y = ${round(yhat - y, 6)}, and ∂L/∂v₁ = δ·a₁ = ${round(yhat - y, 6)} × ${a} = ${round(g.w2[0], 6)}.`,
				section: 'backpropagation'
			};
		}
	},
	{
		id: 'order',
		make: () => ({
			kind: 'single',
			id: 'order',
			prompt: 'In backpropagation, which gradients are computed first?',
			explanation:
				'The hidden errors δⱼ = δ·vⱼ·g′(zⱼ) need the output error δ, so the output layer comes first and the chain rule carries its error back.',
			section: 'backpropagation',
			choices: [
				{ text: 'The output layer’s, then the hidden layer’s, using the output error.', correct: true },
				{
					text: 'The hidden layer’s, then the output layer’s.',
					correct: false,
					why: 'The hidden errors are built from the output error, so they cannot come first.'
				},
				{
					text: 'All at once, independently of each other.',
					correct: false,
					why: 'The chain rule links them: each layer reuses the error of the layer after it.'
				}
			]
		})
	},
	{
		id: 'overfit',
		make(seed) {
			const r = rng(seed + 37);
			const train = randInt(r, 1, 9) / 1000;
			const val = randInt(r, 20, 90) / 10;
			return {
				kind: 'single',
				id: 'overfit',
				prompt: `A model reaches a training error of ${train} but a validation error of ${val}. What is the most likely diagnosis?`,
				explanation:
					'Training error far below validation error means the model has learned its training examples, noise included, rather than the pattern: overfitting.',
				section: 'fitting-underfitting-and-overfitting',
				choices: [
					{ text: 'Overfitting: it fits the training data, noise included, and fails on new data.', correct: true },
					{
						text: 'Underfitting: the model is too simple.',
						correct: false,
						why: 'An underfitting model does badly on the training data too.'
					},
					{
						text: 'The learning rate is too large.',
						correct: false,
						why: 'A too-large rate would keep the training error high, not make it tiny.'
					}
				]
			};
		}
	}
];
