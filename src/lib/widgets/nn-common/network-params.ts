// URL parameters and shape checks shared by the `network` and `backprop-stepper` widgets:
// a network with 2–3 inputs, one hidden layer of 2–4 neurons and one output.
import { choice, matrix, num, numberList, type Values } from '$lib/embed/params';
import { t, useStrings } from '$lib/i18n';
import nnStrings from '$lib/i18n/areas/nn';
import { ACTIVATIONS, OUTPUTS, type Network } from '$lib/math/nn';

// Parsing a link names its problems before any part has loaded, so the table loads its strings.
useStrings(nnStrings);

export const W_MIN = -10;
export const W_MAX = 10;
export const X_MIN = -100;
export const X_MAX = 100;

export const DEFAULT_NET: Network = {
	w1: [
		[0.5, -0.3],
		[0.8, 0.2],
		[-0.6, 0.9]
	],
	b1: [0.1, -0.2, 0.05],
	w2: [1.2, -0.7, 0.4],
	b2: 0.1,
	hidden: 'sigmoid',
	output: 'regression'
};
export const DEFAULT_X = [1, 0.5];

export const networkParams = {
	x: numberList({ def: DEFAULT_X, min: X_MIN, max: X_MAX, maxLength: 3 }),
	w1: matrix(DEFAULT_NET.w1, 4),
	b1: numberList({ def: DEFAULT_NET.b1, min: W_MIN, max: W_MAX, maxLength: 4 }),
	w2: numberList({ def: DEFAULT_NET.w2, min: W_MIN, max: W_MAX, maxLength: 4 }),
	b2: num({ min: W_MIN, max: W_MAX, default: DEFAULT_NET.b2 }),
	act: choice(ACTIVATIONS, DEFAULT_NET.hidden),
	output: choice(OUTPUTS, DEFAULT_NET.output),
	y: num({ min: X_MIN, max: X_MAX, default: 1 })
};

type NetValues = Values<typeof networkParams>;

/** The network's parameters: a state keeps them as one `Network` (see checkNetwork). */
export const NETWORK_KEYS = Object.keys(networkParams) as (keyof typeof networkParams)[];

export interface Checked {
	net: Network;
	x: number[];
	/** The target: in classification a label, 0 or 1; in regression any number in range. */
	y: number;
	messages: string[];
}

/**
 * The target for an output kind. In classification the label is 0 (OK) or 1 (defective): any
 * other value would make cross-entropy meaningless (y = 3 gave a loss of −0.656), so it is moved
 * to the nearer label with a message naming `y`.
 */
export function checkTarget(y: number, output: Network['output']): { y: number; message?: string } {
	if (output !== 'classification' || y === 0 || y === 1) return { y };
	const used = y >= 0.5 ? 1 : 0;
	return { y: used, message: t('net.y.label', { value: y, used }) };
}

/**
 * Build the network from parameter values, checking that the shapes agree (w1 is h×n with
 * 2 ≤ n ≤ 3 and 2 ≤ h ≤ 4, x has n values, b1 and w2 have h). Where they do not, say why and
 * use the default network and inputs; weights in w1 outside −10…10 are clamped with a note.
 */
export function checkNetwork(v: Partial<NetValues>): Checked {
	const w1 = v.w1 ?? DEFAULT_NET.w1;
	const x = v.x ?? DEFAULT_X;
	const b1 = v.b1 ?? DEFAULT_NET.b1;
	const w2 = v.w2 ?? DEFAULT_NET.w2;
	const h = w1.length,
		n = w1[0]?.length ?? 0;
	const messages: string[] = [];
	const hidden = v.act ?? DEFAULT_NET.hidden;
	const output = v.output ?? DEFAULT_NET.output;
	let problem = '';
	if (h < 2 || h > 4 || n < 2 || n > 3) problem = t('net.shape.w1', { h, n });
	else if (x.length !== n) problem = t('net.shape.x', { got: x.length, n });
	else if (b1.length !== h) problem = t('net.shape.b1', { got: b1.length, h });
	else if (w2.length !== h) problem = t('net.shape.w2', { got: w2.length, h });
	const target = checkTarget(v.y ?? networkParams.y.default, output);
	if (target.message) messages.push(target.message);
	if (problem) {
		messages.push(t('net.shape.fallback', { problem }));
		return {
			net: { ...DEFAULT_NET, hidden, output, b2: v.b2 ?? DEFAULT_NET.b2 },
			x: DEFAULT_X,
			y: target.y,
			messages
		};
	}
	const clamped = w1.map((r) => r.map((w) => Math.min(W_MAX, Math.max(W_MIN, w))));
	if (clamped.some((r, j) => r.some((w, i) => w !== w1[j][i])))
		messages.push(t('net.shape.clamped', { min: W_MIN, max: W_MAX }));
	return {
		net: { w1: clamped, b1: [...b1], w2: [...w2], b2: v.b2 ?? DEFAULT_NET.b2, hidden, output },
		x: [...x],
		y: target.y,
		messages
	};
}

/** The parameter values of a network, for writeParams. */
export function netValues(net: Network, x: number[], y: number): NetValues {
	return { x, w1: net.w1, b1: net.b1, w2: net.w2, b2: net.b2, act: net.hidden, output: net.output, y };
}
