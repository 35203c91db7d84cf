// A small fully connected network: inputs → one hidden layer → one output neuron.
// Forward pass, activations and their derivatives, losses (binary cross-entropy, SSE) and the
// backpropagated gradients of the loss with respect to every weight and bias.
// Plain numbers in, plain numbers out: no DOM, no Svelte.

export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** `regression`: the output neuron is linear, loss SSE. `classification`: sigmoid output, loss BCE. */
export const OUTPUTS = ['regression', 'classification'] as const;
export type OutputKind = (typeof OUTPUTS)[number];

export function sigmoid(z: number): number {
	// Two forms so that neither overflows: e^(−z) for z ≥ 0, e^z for z < 0.
	if (z >= 0) return 1 / (1 + Math.exp(-z));
	const e = Math.exp(z);
	return e / (1 + e);
}

/** g(z) for an activation. */
export function activate(g: Activation, z: number): number {
	switch (g) {
		case 'sigmoid':
			return sigmoid(z);
		case 'tanh':
			return Math.tanh(z);
		case 'relu':
			return z > 0 ? z : 0;
		case 'linear':
			return z;
	}
}

/** g′(z). ReLU′(0) is taken as 0 (the convention of most frameworks). */
export function activationDerivative(g: Activation, z: number): number {
	switch (g) {
		case 'sigmoid': {
			const s = sigmoid(z);
			return s * (1 - s);
		}
		case 'tanh': {
			const th = Math.tanh(z);
			return 1 - th * th;
		}
		case 'relu':
			return z > 0 ? 1 : 0;
		case 'linear':
			return 1;
	}
}

/** Sum of squared errors with the conventional ½: SSE = ½ Σ (y − ŷ)². */
export function sse(y: number | readonly number[], yhat: number | readonly number[]): number {
	const ys = typeof y === 'number' ? [y] : y;
	const hs = typeof yhat === 'number' ? [yhat] : yhat;
	if (ys.length !== hs.length) throw new RangeError('sse: y and ŷ differ in length');
	let s = 0;
	for (let i = 0; i < ys.length; i++) {
		const d = ys[i] - hs[i];
		s += d * d;
	}
	return s / 2;
}

/**
 * Binary cross-entropy −[y·log q + (1 − y)·log(1 − q)] for a label y in [0, 1] and a predicted
 * probability q in [0, 1]. A term whose weight (y or 1 − y) is 0 is left out, so y = 1, q = 1
 * gives 0 rather than 0·log 0 = NaN; a confident wrong answer gives Infinity.
 */
export function bce(y: number, q: number): number {
	let s = 0;
	if (y !== 0) s += y * Math.log(q);
	if (y !== 1) s += (1 - y) * Math.log(1 - q);
	return s === 0 ? 0 : -s;
}

/** BCE from the logit z (q = σ(z)), computed without overflow: max(z,0) − z·y + log(1 + e^(−|z|)). */
export function bceFromLogit(y: number, z: number): number {
	return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

export interface Network {
	/** Hidden weights: w1[j][i] connects input i to hidden neuron j. */
	w1: number[][];
	/** Hidden biases, one per hidden neuron. */
	b1: number[];
	/** Output weights: w2[j] connects hidden neuron j to the output. */
	w2: number[];
	b2: number;
	hidden: Activation;
	output: OutputKind;
}

export interface Forward {
	x: number[];
	/** Weighted sums of the hidden neurons: z1[j] = Σ_i w1[j][i]·x[i] + b1[j]. */
	z1: number[];
	/** Hidden activations a1[j] = g(z1[j]). */
	a1: number[];
	/** Output weighted sum z2 = Σ_j w2[j]·a1[j] + b2. */
	z2: number;
	/** The prediction: z2 (regression) or σ(z2) (classification). */
	yhat: number;
}

export function outputActivation(kind: OutputKind): Activation {
	return kind === 'classification' ? 'sigmoid' : 'linear';
}

/** Weighted sum Σ w_i·x_i + b, summed left to right. */
export function weightedSum(w: readonly number[], x: readonly number[], b: number): number {
	if (w.length !== x.length) throw new RangeError('weightedSum: weights and inputs differ in length');
	let s = 0;
	for (let i = 0; i < w.length; i++) s += w[i] * x[i];
	return s + b;
}

export function forward(net: Network, x: readonly number[]): Forward {
	const z1 = net.w1.map((row, j) => weightedSum(row, x, net.b1[j]));
	const a1 = z1.map((z) => activate(net.hidden, z));
	const z2 = weightedSum(net.w2, a1, net.b2);
	const yhat = activate(outputActivation(net.output), z2);
	return { x: [...x], z1, a1, z2, yhat };
}

/** The loss of one example: SSE for regression, BCE for classification. */
export function loss(net: Network, fwd: Forward, y: number): number {
	return net.output === 'classification' ? bceFromLogit(y, fwd.z2) : sse(y, fwd.yhat);
}

export interface Gradients {
	/** ∂L/∂ŷ. */
	dYhat: number;
	/** δ2 = ∂L/∂z2 (the output neuron's error). */
	delta2: number;
	/** ∂L/∂w2[j] = δ2·a1[j]. */
	w2: number[];
	/** ∂L/∂b2 = δ2. */
	b2: number;
	/** δ1[j] = ∂L/∂z1[j] = δ2·w2[j]·g′(z1[j]). */
	delta1: number[];
	/** ∂L/∂w1[j][i] = δ1[j]·x[i]. */
	w1: number[][];
	/** ∂L/∂b1[j] = δ1[j]. */
	b1: number[];
}

/**
 * Backpropagation for one example (x, y): the output layer first, then the hidden layer, by
 * the chain rule. For SSE, ∂L/∂ŷ = ŷ − y and ŷ = z2, so δ2 = ŷ − y. For BCE with a sigmoid
 * output, ∂L/∂ŷ = (q − y)/(q(1 − q)) and ∂q/∂z2 = q(1 − q), so δ2 = q − y.
 */
export function backprop(net: Network, fwd: Forward, y: number): Gradients {
	const q = fwd.yhat;
	const delta2 = q - y;
	const dYhat = net.output === 'classification' ? (q - y) / (q * (1 - q)) : q - y;
	const w2 = fwd.a1.map((a) => delta2 * a);
	const delta1 = fwd.z1.map((z, j) => delta2 * net.w2[j] * activationDerivative(net.hidden, z));
	const w1 = delta1.map((d) => fwd.x.map((xi) => d * xi));
	return { dYhat, delta2, w2, b2: delta2, delta1, w1, b1: [...delta1] };
}

/** One gradient-descent step: every parameter p ← p − lr·∂L/∂p. */
export function applyGradients(net: Network, g: Gradients, lr: number): Network {
	return {
		...net,
		w1: net.w1.map((row, j) => row.map((w, i) => w - lr * g.w1[j][i])),
		b1: net.b1.map((b, j) => b - lr * g.b1[j]),
		w2: net.w2.map((w, j) => w - lr * g.w2[j]),
		b2: net.b2 - lr * g.b2
	};
}
