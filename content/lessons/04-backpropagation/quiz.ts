// Quiz for the backpropagation lesson. Numbers come from src/lib/math, never typed twice.
import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick } from '$lib/math/rng';
import { LOSS_1D, run1D } from '$lib/math/gd';
import { backprop, forward, type Network } from '$lib/math/nn';
import { adamPath, sgdLineRun } from '$lib/math/optimizers';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

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
		make(seed) {
			const r = rng(seed + 17);
			const lr = pick(r, [0.05, 0.3, 0.7, 0.9, 1, 1.05, 1.1, 1.5]);
			const x0 = pick(r, [-3, -2, 2, 3]);
			const factor = 1 - 2 * lr;
			const run = run1D(LOSS_1D.quadratic, lr, x0, 1000);
			const first = run.xs[1];
			// The answer is read from the run itself: its status, and whether the first step crossed 0.
			const kind =
				run.status === 'diverged'
					? 'diverges'
					: run.status === 'converged'
						? Math.sign(first) === Math.sign(x0)
							? 'smooth'
							: 'jumps'
						: 'cycle';
			const choices = [
				{ key: 'smooth', text: 'It walks down one side of the bowl and settles at 0' },
				{ key: 'jumps', text: 'It jumps across the minimum, less far each time, and settles' },
				{ key: 'diverges', text: 'It jumps across the minimum, further each time: it diverges' },
				{ key: 'cycle', text: 'It jumps between the same two points for ever' }
			];
			return {
				kind: 'single',
				id: 'too-large',
				prompt: `Gradient descent on f(x) = x² with η = ${lr}, starting at x₀ = ${x0}. What happens?`,
				explanation: `Each step multiplies x by 1 − 2η = ${round(factor, 6)}: x₁ = ${round(first, 6)}. ${
					kind === 'smooth'
						? 'The factor is between 0 and 1, so x shrinks towards 0 without changing sign.'
						: kind === 'jumps'
							? 'The factor is negative but above −1, so x changes sign and shrinks: it converges while bouncing.'
							: kind === 'diverges'
								? 'The factor is below −1, so each jump is bigger than the last: it diverges.'
								: 'The factor is exactly −1, so x flips between the same two values and never settles.'
				}`,
				section: 'the-learning-rate',
				choices: choices.map((c) => ({ text: c.text, correct: c.key === kind }))
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
				prompt: `A regression network (SSE loss, linear output) predicts ŷ = ${yhat} for a target y = ${y}. Hidden neuron 1 has activation a₁ = ${a}. What is ∂L/∂v₁, the gradient for the weight from hidden neuron 1 to the output?`,
				explanation: `δ = ŷ − y = ${round(yhat - y, 6)}, and ∂L/∂v₁ = δ·a₁ = ${round(yhat - y, 6)} × ${a} = ${round(g.w2[0], 6)}.`,
				section: 'backpropagation'
			};
		}
	},
	{
		id: 'order',
		make(seed) {
			const r = rng(seed + 29);
			const asked = pick(r, [
				{
					prompt: 'In backpropagation, which gradients are computed first?',
					right: 'The output layer’s, then the hidden layer’s',
					wrong: ['The hidden layer’s, then the output layer’s', 'All at once, independently of each other']
				},
				{
					prompt: 'To compute the hidden error δⱼ = δ·vⱼ·g′(zⱼ) of a hidden neuron, what must you know already?',
					right: 'The output error δ and the weight vⱼ',
					wrong: ['Only the inputs xᵢ and the target y of the network', 'The updated weights from the end of this step']
				},
				{
					prompt: 'Why is backpropagation done backwards, from the cost towards the inputs?',
					right: 'Each layer’s error is built from the next one’s',
					wrong: ['The inputs change during the backward pass, so they go last', 'The forward pass needs all the gradients first']
				},
				{
					prompt: 'A network has two hidden layers. In backpropagation, whose error δ is computed last?',
					right: 'The first hidden layer’s',
					wrong: ['The output layer’s', 'The second hidden layer’s']
				}
			]);
			return {
				kind: 'single',
				id: 'order',
				prompt: asked.prompt,
				explanation:
					'The hidden errors δⱼ = δ·vⱼ·g′(zⱼ) need the output error δ, so the output layer comes first and the chain rule carries its error back, reusing it.',
				section: 'backpropagation',
				choices: [
					{ text: asked.right, correct: true },
					...asked.wrong.map((text) => ({
						text,
						correct: false,
						why: 'The chain rule links the layers: each layer reuses the error of the layer after it, so the output comes first.'
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
			const text = {
				overfitting: 'Overfitting: it learned the training data, noise included',
				underfitting: 'Underfitting: it is too simple for the pattern',
				good: 'A good fit: both errors are low and close'
			} as const;
			return {
				kind: 'single',
				id: 'overfit',
				prompt: `A model reaches a training error of ${train} and a validation error of ${val}. What is the most likely diagnosis?`,
				explanation: {
					overfitting: `Training error ${train} far below validation error ${val}: the model has learned its training examples, noise included, rather than the pattern.`,
					underfitting: `Both errors are high (${train} and ${val}) and close: the model cannot even fit its training data.`,
					good: `Both errors are low (${train} and ${val}) and close together: the model fits the pattern and it carries over to new data.`
				}[kind],
				section: 'fitting-underfitting-and-overfitting',
				choices: (['overfitting', 'underfitting', 'good'] as const).map((k) => ({
					text: text[k],
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
				prompt: `Adam (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸, learning rate η = ${lr}) minimises f(x) = ${a}·x², starting at x₀ = ${x0}. Where is x after the first step?`,
				explanation: `The gradient is g = ${2 * a}·x₀ = ${2 * a * x0}. After one step m = 0.1·g and u = 0.001·g², and the bias correction divides them by 0.1 and 0.001 again: m̂ = g, û = g². So the step is η·g/(|g| + ε) ≈ η·sign(g): x₁ = ${x0} − ${lr}·${Math.sign(x0)} ≈ ${round(x1, 6)}, whatever the slope.`,
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
				prompt: `Nudging a weight by +h = ${h} gives a loss of ${round(plus, 8)}; nudging it by −h gives ${round(minus, 8)}. What is the central-difference estimate of ∂L/∂w?`,
				explanation: `(L(w + h) − L(w − h)) / 2h = (${round(plus, 8)} − ${round(minus, 8)}) / ${2 * h} = ${round(answer, 6)}. Backprop should give nearly the same number.`,
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
				prompt: `A training set holds ${n} images and mini-batch SGD uses batches of ${batch}. How many weight updates does one epoch (one pass over every image) make?`,
				explanation: `Each update uses one batch, so an epoch makes ⌈${n} / ${batch}⌉ = ${answer} updates${
					lastSize < batch ? `; the last batch holds the ${lastSize} images left over` : ''
				}. Full-batch descent would make one.`,
				section: 'momentum-and-adam-side-by-side'
			};
		}
	}
];
