// A neuron's computation written out with its numbers, for the network and backprop widgets.
import type { Activation, Forward, Network } from '$lib/math/nn';
import { asFactor, formatSignificant as fmt, formatSignedTerm as signed } from '$lib/format';

const paren = (x: number, digits = 4): string => asFactor(fmt(x, digits));

const G: Record<Activation, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', linear: '' };

/** "0.5×1 + (−0.3)×0.5 + 0.1" */
export function sumText(w: readonly number[], x: readonly number[], b: number): string {
	return w.map((wi, i) => `${i === 0 ? fmt(wi) : paren(wi)}×${paren(x[i])}`).join(' + ') + ` ${signed(b)}`;
}

export function applyText(g: Activation, z: number, a: number, name: string): string {
	return g === 'linear' ? `${name} = z = ${fmt(a)}` : `${name} = ${G[g]}(${fmt(z)}) = ${fmt(a)}`;
}

/** Lines of math for hidden neuron j (0-based) or the output neuron (j = -1). */
export function neuronLines(net: Network, f: Forward, j: number): string[] {
	if (j >= 0)
		return [
			`z${sub(j + 1)} = ${sumText(net.w1[j], f.x, net.b1[j])} = ${fmt(f.z1[j])}`,
			applyText(net.hidden, f.z1[j], f.a1[j], `a${sub(j + 1)}`)
		];
	const g: Activation = net.output === 'classification' ? 'sigmoid' : 'linear';
	return [`z = ${sumText(net.w2, f.a1, net.b2)} = ${fmt(f.z2)}`, applyText(g, f.z2, f.yhat, 'ŷ')];
}

const SUBS = '₀₁₂₃₄₅₆₇₈₉';
export function sub(n: number): string {
	return String(n)
		.split('')
		.map((d) => SUBS[Number(d)])
		.join('');
}
