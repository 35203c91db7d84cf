// A CNN's layer list as data: each layer's output shape and parameter count, and the stacks that
// cannot work flagged before any training. Conventions are Keras's: `valid` convolution and
// pooling give ⌊(n − k) / s⌋ + 1, `same` gives ⌈n / s⌉; a Conv2D has (k·k·c_in + 1)·filters
// parameters, a Dense (n_in + 1)·units.

import { outputLength as paddedLength, samePadding, type PaddingMode } from './conv';
import type { Activation } from './nn';

export type Layer =
	| {
			type: 'conv2d';
			filters: number;
			kernel: number;
			stride: number;
			padding: PaddingMode;
			activation: Activation;
	  }
	| { type: 'maxpool' | 'avgpool'; size: number; stride: number }
	| { type: 'dropout'; rate: number }
	| { type: 'flatten' }
	/** The largest value of each channel over the whole image: [h, w, c] → [c], no parameters. */
	| { type: 'globalMaxPool' }
	| { type: 'dense'; units: number; activation: Activation };

export type Shape = number[]; // [h, w, c] or [n]

export interface LayerInfo {
	layer: Layer;
	/** Output shape, or null once the stack is impossible. */
	shape: Shape | null;
	params: number;
	/** Why this layer cannot follow the previous ones (a message key and values). */
	problem?: { key: ArchProblem; vars?: Record<string, number | string> };
}

export type ArchProblem =
	| 'arch.problem.too-small'
	| 'arch.problem.needs-image'
	| 'arch.problem.needs-flat'
	| 'arch.problem.bad-value'
	| 'arch.problem.too-big';

/** The output layer every model in the lab ends with: one sigmoid unit, P(defective). */
export const OUTPUT_LAYER: Layer = { type: 'dense', units: 1, activation: 'sigmoid' };

/** The most parameters the lab lets a model have (memory on phones). */
export const MAX_PARAMS = 5_000_000;

/**
 * Output length along one axis: ⌊(n − k) / s⌋ + 1 (valid) or ⌈n / s⌉ (same), by conv.ts's one
 * formula with the padding `same` adds.
 */
export function outputLength(n: number, k: number, s: number, padding: PaddingMode): number {
	const [before, after] = padding === 'same' ? samePadding(n, k, s) : [0, 0];
	return paddedLength(n, k, s, before, after);
}

function positiveInt(x: number): boolean {
	return Number.isInteger(x) && x >= 1;
}

/** Shapes and parameter counts of `layers` followed by the output layer, on a size×size×1 input. */
export function analyse(layers: Layer[], inputSize: number, channels = 1): LayerInfo[] {
	let shape: Shape | null = [inputSize, inputSize, channels];
	const out: LayerInfo[] = [];
	for (const layer of [...layers, OUTPUT_LAYER]) {
		const info: LayerInfo = { layer, shape: null, params: 0 };
		out.push(info);
		if (!shape) continue;
		const bad = badValue(layer);
		if (bad) {
			info.problem = { key: 'arch.problem.bad-value', vars: { name: bad } };
			shape = null;
			continue;
		}
		switch (layer.type) {
			case 'conv2d':
			case 'maxpool':
			case 'avgpool': {
				if (shape.length !== 3) {
					info.problem = { key: 'arch.problem.needs-image' };
					shape = null;
					break;
				}
				const [h, w, c]: number[] = shape;
				const k = layer.type === 'conv2d' ? layer.kernel : layer.size;
				const pad: PaddingMode = layer.type === 'conv2d' ? layer.padding : 'valid';
				const oh = outputLength(h, k, layer.stride, pad),
					ow = outputLength(w, k, layer.stride, pad);
				if (oh < 1 || ow < 1) {
					info.problem = { key: 'arch.problem.too-small', vars: { h, w, k } };
					shape = null;
					break;
				}
				if (layer.type === 'conv2d') {
					info.params = (k * k * c + 1) * layer.filters;
					shape = [oh, ow, layer.filters];
				} else shape = [oh, ow, c];
				break;
			}
			case 'dropout':
				break;
			case 'flatten':
				shape = [shape.reduce((a, b) => a * b, 1)];
				break;
			case 'globalMaxPool':
				if (shape.length !== 3) {
					info.problem = { key: 'arch.problem.needs-image' };
					shape = null;
					break;
				}
				shape = [shape[2]];
				break;
			case 'dense':
				if (shape.length !== 1) {
					info.problem = { key: 'arch.problem.needs-flat' };
					shape = null;
					break;
				}
				info.params = (shape[0] + 1) * layer.units;
				shape = [layer.units];
				break;
		}
		info.shape = shape;
	}
	return out;
}

function badValue(layer: Layer): string | null {
	switch (layer.type) {
		case 'conv2d':
			if (!positiveInt(layer.filters) || layer.filters > 256) return 'filters';
			if (!positiveInt(layer.kernel) || layer.kernel > 11) return 'kernel';
			if (!positiveInt(layer.stride) || layer.stride > 8) return 'stride';
			return null;
		case 'maxpool':
		case 'avgpool':
			if (!positiveInt(layer.size) || layer.size > 8) return 'size';
			if (!positiveInt(layer.stride) || layer.stride > 8) return 'stride';
			return null;
		case 'dropout':
			return Number.isFinite(layer.rate) && layer.rate >= 0 && layer.rate < 1 ? null : 'rate';
		case 'dense':
			return positiveInt(layer.units) && layer.units <= 4096 ? null : 'units';
		case 'flatten':
		case 'globalMaxPool':
			return null;
	}
}

export interface ArchSummary {
	layers: LayerInfo[];
	totalParams: number;
	/** The first problem, if any: training is refused until it is fixed. */
	problem: { index: number; key: ArchProblem; vars?: Record<string, number | string> } | null;
}

export function summarise(layers: Layer[], inputSize: number): ArchSummary {
	const infos = analyse(layers, inputSize);
	const totalParams = infos.reduce((s, l) => s + l.params, 0);
	const index = infos.findIndex((l) => l.problem);
	let problem: ArchSummary['problem'] = index >= 0 ? { index, ...infos[index].problem! } : null;
	if (!problem && totalParams > MAX_PARAMS)
		problem = {
			index: infos.length - 1,
			key: 'arch.problem.too-big',
			vars: { n: totalParams, max: MAX_PARAMS }
		};
	return { layers: infos, totalParams, problem };
}
