// One filter over a multi-channel input, as a CNN layer computes it: each channel is
// cross-correlated with its own k×k slice of the filter (conv.ts), the per-channel maps are
// summed, the bias is added (pre-activation), and the activation gives the output map.

import { correlate2d, grid, type ConvOptions, type Grid } from './conv';

export type ChannelActivation = 'relu' | 'linear';

export interface ChannelConv {
	perChannel: Grid[];
	preActivation: Grid;
	output: Grid;
}

export function convChannels(
	inputs: readonly Grid[],
	kernels: readonly Grid[],
	bias: number,
	activation: ChannelActivation,
	opts: ConvOptions = {}
): ChannelConv {
	if (inputs.length === 0 || inputs.length !== kernels.length)
		throw new RangeError('convChannels: one kernel slice per input channel');
	const { h, w } = inputs[0];
	if (inputs.some((g) => g.h !== h || g.w !== w))
		throw new RangeError('convChannels: channels differ in size');
	const perChannel = inputs.map((g, c) => correlate2d(g, kernels[c], opts));
	const pre = grid(perChannel[0].h, perChannel[0].w);
	for (let i = 0; i < pre.data.length; i++) {
		let s = 0;
		for (const m of perChannel) s += m.data[i];
		pre.data[i] = s + bias;
	}
	const out = grid(pre.h, pre.w);
	for (let i = 0; i < pre.data.length; i++)
		out.data[i] = activation === 'relu' ? Math.max(0, pre.data[i]) : pre.data[i];
	return { perChannel, preActivation: pre, output: out };
}
