import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { Layer } from '$lib/math/architecture';
import { buildModel } from './model';
import {
	loadModelFiles,
	MODEL_JSON,
	MODEL_WEIGHTS,
	parseModelJson,
	saveModelFiles,
	weightBytes
} from './model-files';

const ARCH: Layer[] = [
	{ type: 'conv2d', filters: 4, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
	{ type: 'maxpool', size: 2, stride: 2 },
	{ type: 'globalMaxPool' }
];
const SIZE = 16;

let saved: { name: string; blob: Blob }[];
let model: tf.LayersModel;

beforeAll(async () => {
	await tf.setBackend('cpu');
	model = buildModel(tf, ARCH, SIZE, 3);
	saved = await saveModelFiles(tf, model);
});

const json = async () => JSON.parse(await saved[0].blob.text());
const load = (files: { name: string; blob: Blob }[], size = SIZE) =>
	loadModelFiles(
		tf,
		files.map((f) => f.blob),
		files.map((f) => f.name),
		size
	);

describe('saveModelFiles / loadModelFiles', () => {
	it('saves two files that load back into the same model', async () => {
		expect(saved.map((f) => f.name)).toEqual([MODEL_JSON, MODEL_WEIGHTS]);
		const r = await load(saved);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const x = tf.randomUniform([2, SIZE, SIZE, 1], 0, 1, 'float32', 5);
		const a = (model.predict(x) as tf.Tensor).dataSync();
		const b = (r.model.predict(x) as tf.Tensor).dataSync();
		expect(Array.from(b)).toEqual(Array.from(a));
	});

	it('a weights file under another name stands in for the one the manifest names', async () => {
		const r = await load([saved[0], { name: 'renamed.bin', blob: saved[1].blob }]);
		expect(r.ok).toBe(true);
	});

	it('refuses a model.json that is not JSON, naming the file, without throwing', async () => {
		const r = await load([{ name: 'model.json', blob: new Blob(['{ this is not json']) }, saved[1]]);
		expect(r).toMatchObject({ ok: false, problem: { reason: 'json', file: 'model.json' } });
	});

	it('refuses JSON that is not a layers model', async () => {
		for (const text of [
			'[]',
			'null',
			'{"modelTopology": {}}',
			'{"weightsManifest": [{"paths": [], "weights": []}]}'
		]) {
			const r = await load([{ name: 'x.json', blob: new Blob([text]) }, saved[1]]);
			expect(r, text).toMatchObject({ ok: false, problem: { reason: 'format', file: 'x.json' } });
		}
	});

	it('refuses weights of the wrong length, naming the .bin and both sizes', async () => {
		const short = new Blob([(await saved[1].blob.arrayBuffer()).slice(0, 40)]);
		const r = await load([saved[0], { name: MODEL_WEIGHTS, blob: short }]);
		const expected = (await json()).weightsManifest[0].weights.reduce(
			(a: number, w: { shape: number[] }) => a + w.shape.reduce((p, d) => p * d, 1) * 4,
			0
		);
		expect(r).toMatchObject({
			ok: false,
			problem: { reason: 'size', file: MODEL_WEIGHTS, expected, actual: 40 }
		});
	});

	it('refuses weight shapes that do not fit the layers (same byte count), naming the json', async () => {
		const j = await json();
		const kernel = j.weightsManifest[0].weights[0];
		expect(kernel.shape).toEqual([3, 3, 1, 4]);
		kernel.shape = [3, 3, 4, 1]; // as many numbers, in the wrong shape
		const r = await load([{ name: 'bad-shapes.json', blob: new Blob([JSON.stringify(j)]) }, saved[1]]);
		expect(r).toMatchObject({ ok: false, problem: { reason: 'weights', file: 'bad-shapes.json' } });
	});

	it('refuses a model for another input size', async () => {
		const r = await load(saved, 24);
		expect(r).toMatchObject({ ok: false, problem: { reason: 'shape', file: MODEL_JSON } });
	});

	it('asks for both files, and names a missing weights file', async () => {
		expect(await load([saved[0]])).toMatchObject({ ok: false, problem: { reason: 'files' } });
		expect(await load([saved[1]])).toMatchObject({ ok: false, problem: { reason: 'files' } });
		const r = await load([
			saved[0],
			{ name: 'a.bin', blob: saved[1].blob },
			{ name: 'b.bin', blob: saved[1].blob }
		]);
		expect(r).toMatchObject({ ok: false, problem: { reason: 'missing', file: MODEL_WEIGHTS } });
	});
});

describe('parseModelJson and weightBytes', () => {
	it('counts bytes per dtype and quantization, and refuses nonsense shapes', () => {
		expect(weightBytes({ name: 'a', shape: [3, 3, 1, 4], dtype: 'float32' })).toBe(144);
		expect(weightBytes({ name: 'a', shape: [10], dtype: 'float32', quantization: { dtype: 'uint8' } })).toBe(
			10
		);
		expect(weightBytes({ name: 'a', shape: [], dtype: 'int32' })).toBe(4);
		expect(weightBytes({ name: 'a', shape: [-1], dtype: 'float32' })).toBeNaN();
		expect(weightBytes({ name: 'a', shape: [2], dtype: 'complex64' })).toBeNaN();
		const r = parseModelJson(
			JSON.stringify({
				modelTopology: {},
				weightsManifest: [{ paths: ['w.bin'], weights: [{ name: 'k', shape: [1.5], dtype: 'float32' }] }]
			}),
			'm.json'
		);
		expect(r).toMatchObject({ ok: false, problem: { reason: 'format', file: 'm.json', detail: 'k' } });
	});
});
