// Gradient checking: nudge one parameter by ±h and compare the central difference
// (L(w + h) − L(w − h)) / 2h with backprop's ∂L/∂w. Parameters are named as the contract's
// backprop-stepper `nudge` parameter: `w1-j-i` (hidden neuron j, input i, 1-based), `b1-j`,
// `w2-j`, `b2`.

import { backprop, forward, loss, type Gradients, type Network } from './nn';

export type ParamRef =
	| { kind: 'w1'; j: number; i: number }
	| { kind: 'b1'; j: number }
	| { kind: 'w2'; j: number }
	| { kind: 'b2' };

/** Parses a name for `net`; null when malformed or out of range. */
export function parseParam(name: string, net: Network): ParamRef | null {
	let m: RegExpExecArray | null;
	const hidden = net.w1.length;
	const inputs = net.w1[0]?.length ?? 0;
	const inRange = (v: number, n: number) => v >= 1 && v <= n;
	if ((m = /^w1-(\d+)-(\d+)$/.exec(name)) && inRange(+m[1], hidden) && inRange(+m[2], inputs))
		return { kind: 'w1', j: +m[1] - 1, i: +m[2] - 1 };
	if ((m = /^b1-(\d+)$/.exec(name)) && inRange(+m[1], hidden)) return { kind: 'b1', j: +m[1] - 1 };
	if ((m = /^w2-(\d+)$/.exec(name)) && inRange(+m[1], hidden)) return { kind: 'w2', j: +m[1] - 1 };
	if (name === 'b2') return { kind: 'b2' };
	return null;
}

/** A copy of `net` with the named parameter moved by `delta`. */
export function nudged(net: Network, p: ParamRef, delta: number): Network {
	const n: Network = { ...net, w1: net.w1.map((r) => [...r]), b1: [...net.b1], w2: [...net.w2] };
	if (p.kind === 'w1') n.w1[p.j][p.i] += delta;
	else if (p.kind === 'b1') n.b1[p.j] += delta;
	else if (p.kind === 'w2') n.w2[p.j] += delta;
	else n.b2 += delta;
	return n;
}

export function lossAt(net: Network, x: readonly number[], y: number): number {
	return loss(net, forward(net, x), y);
}

/** Central difference (L(w + h) − L(w − h)) / 2h. */
export function numericGradient(
	net: Network,
	x: readonly number[],
	y: number,
	p: ParamRef,
	h: number
): number {
	if (!(h > 0) || !Number.isFinite(h)) throw new RangeError('h must be a positive number');
	return (lossAt(nudged(net, p, h), x, y) - lossAt(nudged(net, p, -h), x, y)) / (2 * h);
}

export function analyticGradient(g: Gradients, p: ParamRef): number {
	if (p.kind === 'w1') return g.w1[p.j][p.i];
	if (p.kind === 'b1') return g.b1[p.j];
	if (p.kind === 'w2') return g.w2[p.j];
	return g.b2;
}

/** Backprop's value for the named parameter of `net` on (x, y). */
export function backpropGradient(net: Network, x: readonly number[], y: number, p: ParamRef): number {
	return analyticGradient(backprop(net, forward(net, x), y), p);
}
