// What the lab's session says about why its model decides as it does, worked out in the worker on
// the session's model and data (session.ts posts the answers): the occlusion map of one test or
// drawn part, the pointing game over many drawn parts, and the first layer's filters and maps.
import type * as TF from '@tensorflow/tfjs';
import { generateImage, heldOutPart, TEST_SEED_OFFSET } from './dataset/generate';
import { defectMarks } from './dataset/defect-mark';
import type { Dataset } from './dataset/types';
import type { DataSummary, FromWorker, Saliency, ToWorker } from './protocol';
import { occlusionMap, saliencyPeak } from '$lib/math/saliency';
import { pointingGame, type PointingResult } from './pointing';
import { batchScorer, occlusionSettings } from './saliency';
import { modelInput, toBytes, toUnit } from './dataset/pixels';

/** The session's data set, and the seed it was made or split with (held-out parts are drawn from it). */
export interface SessionData {
	train: Dataset;
	test: Dataset;
	summary: DataSummary;
	seed: number;
}

type Command<T extends ToWorker['type']> = Extract<ToWorker, { type: T }>;

/** Where the model looked on one test or drawn part: an occlusion map, batched on the backend. */
export async function saliencyOf(
	t: typeof TF,
	model: TF.LayersModel,
	data: SessionData,
	m: Command<'saliency'>
): Promise<Saliency> {
	const size = data.test.size;
	const n = size * size;
	let image: Float32Array;
	let label: number;
	let kinds: Saliency['kinds'] = [];
	let defects: Saliency['defects'] = [];
	if (m.source === 'test') {
		const i = Math.min(Math.max(0, m.index), data.test.count - 1);
		// as the model saw it in the test set: stored as bytes
		image = toUnit(data.test.pixels.subarray(i * n, (i + 1) * n));
		label = data.test.labels[i];
		if (data.summary.source === 'built-in') {
			// the built-in test set is generator image i of its own seed: its defects are known
			const spec = generateImage(data.seed + TEST_SEED_OFFSET, i, size).spec;
			kinds = spec.defects.map((d) => d.kind);
			defects = defectMarks(spec, size);
		}
	} else {
		const part = heldOutPart(data.seed, m.index, size, m.kind);
		image = toUnit(toBytes(part.pixels));
		label = part.label;
		kinds = part.spec.defects.map((d) => d.kind);
		defects = defectMarks(part.spec, size);
	}
	const opts = occlusionSettings(image, size);
	const map = await occlusionMap(
		{ data: image, height: size, width: size },
		batchScorer(t, model, size),
		opts
	);
	return {
		source: m.source,
		index: m.index,
		image: Float32Array.from(image),
		size,
		label,
		kinds,
		base: map.base,
		values: Float32Array.from(map.values.flat()),
		rows: map.rowStarts.length,
		cols: map.colStarts.length,
		rowStarts: map.rowStarts,
		colStarts: map.colStarts,
		patch: opts.patch,
		stride: opts.stride,
		fill: opts.fill,
		peak: saliencyPeak(map),
		defects
	};
}

/**
 * The pointing game (pointing.ts) with `model`, reporting its progress through `post`; it stops
 * between parts once `wanted()` is false (cancelled, or the model replaced), and then gives null.
 */
export async function pointingWith(
	t: typeof TF,
	model: TF.LayersModel,
	data: SessionData,
	count: number,
	post: (m: FromWorker) => void,
	wanted: () => boolean
): Promise<PointingResult | null> {
	const size = data.train.size;
	post({ type: 'pointing-progress', done: 0, total: count });
	return pointingGame(data.seed, size, batchScorer(t, model, size), {
		count,
		onProgress: (done, total) => post({ type: 'pointing-progress', done, total }),
		proceed: async () => {
			// let a cancel message in between parts
			await new Promise((r) => setTimeout(r, 0));
			return wanted();
		}
	});
}

/**
 * The first layer's filters and its feature maps of test image `index`, or null when the model
 * does not start with a convolution.
 */
export async function inspectOf(
	t: typeof TF,
	model: TF.LayersModel,
	data: SessionData,
	index: number
): Promise<Extract<FromWorker, { type: 'inspect' }> | null> {
	const first = model.layers[0];
	if (first.getClassName() !== 'Conv2D') return null;
	const [kernel] = first.getWeights();
	const [k, , cin, count] = kernel.shape as number[];
	const weights = (await kernel.data()) as Float32Array;
	const n = data.test.size * data.test.size;
	const i = Math.min(Math.max(0, index), data.test.count - 1);
	const image = toUnit(data.test.pixels.subarray(i * n, (i + 1) * n)) as Float32Array<ArrayBuffer>;
	const probe = t.model({ inputs: model.inputs, outputs: first.output as TF.SymbolicTensor });
	const x = t.tensor4d(modelInput(image.slice(), n), [1, data.test.size, data.test.size, 1]);
	const y = probe.predict(x) as TF.Tensor;
	const [, h, w, c] = y.shape as number[];
	const values = (await y.data()) as Float32Array;
	x.dispose();
	y.dispose();
	return {
		type: 'inspect',
		filters: { k, count: cin === 1 ? count : 0, weights },
		maps: { h, w, count: c, values },
		image
	};
}
