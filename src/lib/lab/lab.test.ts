import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { generateDataset, generateImage, presetPart } from './dataset/generate';
import { splitValidation } from './dataset/split';
import { buildModel, compileModel } from './model';
import { trainModel, DEFAULT_SETTINGS } from './train';
import type { Layer } from '$lib/math/architecture';

describe('generateDataset', () => {
	it('is deterministic per seed, independent of count, and about 57% defective', () => {
		const a = generateDataset({ seed: 4, count: 6, size: 24 });
		const b = generateDataset({ seed: 4, count: 3, size: 24 });
		expect(Array.from(a.pixels.subarray(0, 3 * 576))).toEqual(Array.from(b.pixels));
		expect(Array.from(generateImage(4, 5, 24).pixels)).toEqual(Array.from(a.pixels.subarray(5 * 576)));
		const c = generateDataset({ seed: 5, count: 6, size: 24 });
		expect(Array.from(c.pixels)).not.toEqual(Array.from(a.pixels));
		const big = generateDataset({ seed: 1, count: 400, size: 8 });
		const share = big.labels.reduce((s, l) => s + l, 0) / 400;
		expect(share).toBeGreaterThan(0.5);
		expect(share).toBeLessThan(0.64);
		expect(big.pixels.every((v) => v >= 0 && v <= 1)).toBe(true);
	});
	it('a defective preset differs from the OK part', () => {
		expect(Array.from(presetPart('pits', 32))).not.toEqual(Array.from(presetPart('ok', 32)));
	});
});

describe('splitValidation', () => {
	it('holds out a stratified share, disjoint and complete', () => {
		const ds = generateDataset({ seed: 2, count: 50, size: 4 });
		const { train, val } = splitValidation(ds, 0.2, 1);
		expect(train.count + val.count).toBe(50);
		const pos = ds.labels.reduce((s, l) => s + l, 0);
		expect(val.labels.reduce((s, l) => s + l, 0)).toBe(Math.round(pos * 0.2));
	});
});

describe('trainModel', () => {
	it('leaks no tensors: the count is the same after every epoch', async () => {
		await tf.setBackend('cpu');
		const arch: Layer[] = [
			{ type: 'conv2d', filters: 2, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
			{ type: 'maxpool', size: 2, stride: 2 },
			{ type: 'flatten' },
			{ type: 'dropout', rate: 0.2 },
			{ type: 'dense', units: 4, activation: 'relu' }
		];
		const ds = generateDataset({ seed: 1, count: 24, size: 12 });
		const { train, val } = splitValidation(ds, 0.25, 1);
		const model = buildModel(tf, arch, 12, 1);
		compileModel(tf, model, 'adam', 0.01);
		const { history, end } = await trainModel(tf, model, train, val, {
			...DEFAULT_SETTINGS,
			epochs: 3,
			batchSize: 8
		});
		expect(end).toBe('done');
		expect(history).toHaveLength(3);
		expect(new Set(history.map((h) => h.numTensors)).size).toBe(1);
		expect(history.every((h) => Number.isFinite(h.loss) && h.valAccuracy !== undefined)).toBe(true);
		model.dispose();
	}, 60_000);
	it('stops between batches when asked', async () => {
		await tf.setBackend('cpu');
		const ds = generateDataset({ seed: 1, count: 16, size: 8 });
		const model = buildModel(tf, [{ type: 'flatten' }], 8, 1);
		compileModel(tf, model, 'sgd', 0.1);
		let n = 0;
		const r = await trainModel(
			tf,
			model,
			ds,
			null,
			{ ...DEFAULT_SETTINGS, epochs: 5, batchSize: 4 },
			{ proceed: () => ++n < 3 }
		);
		expect(r.end).toBe('stopped');
		model.dispose();
	});
});
