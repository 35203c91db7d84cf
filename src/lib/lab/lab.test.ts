import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
	generateDataset,
	generateImage,
	heldOutPart,
	PRESETS,
	presetPart,
	TEST_SEED_OFFSET,
	testCountFor
} from './dataset/generate';
import { splitValidation } from './dataset/split';
import { toBytes } from './dataset/pixels';
import { buildModel, compileModel } from './model';
import { predictScores, trainModel, DEFAULT_SETTINGS } from './train';
import { binaryCrossEntropy } from '$lib/math/loss';
import type { Layer } from '$lib/math/architecture';

describe('generateDataset', () => {
	it('is deterministic per seed, independent of count, and about 57% defective', () => {
		const a = generateDataset({ seed: 4, count: 6, size: 24 });
		const b = generateDataset({ seed: 4, count: 3, size: 24 });
		expect(Array.from(a.pixels.subarray(0, 3 * 576))).toEqual(Array.from(b.pixels));
		// stored as bytes, as an 8-bit photo would be
		expect(Array.from(toBytes(generateImage(4, 5, 24).pixels))).toEqual(
			Array.from(a.pixels.subarray(5 * 576))
		);
		const c = generateDataset({ seed: 5, count: 6, size: 24 });
		expect(Array.from(c.pixels)).not.toEqual(Array.from(a.pixels));
		const big = generateDataset({ seed: 1, count: 400, size: 8 });
		const share = big.labels.reduce((s, l) => s + l, 0) / 400;
		expect(share).toBeGreaterThan(0.5);
		expect(share).toBeLessThan(0.64);
		expect(big.pixels).toBeInstanceOf(Uint8Array);
		expect(new Set(big.pixels).size).toBeGreaterThan(100); // a real range of grays, not a few levels
	});
	it('a defective preset differs from the OK part', () => {
		expect(Array.from(presetPart('pits', 32))).not.toEqual(Array.from(presetPart('ok', 32)));
	});
});

describe('heldOutPart', () => {
	it('draws from a stream no data set uses, deterministically', () => {
		const seed = 3;
		const train = generateDataset({ seed, count: 40, size: 16 });
		const test = generateDataset({ seed: seed + TEST_SEED_OFFSET, count: testCountFor(40), size: 16 });
		const n = 16 * 16;
		const images = (ds: typeof train) =>
			Array.from({ length: ds.count }, (_, i) => ds.pixels.subarray(i * n, (i + 1) * n).join());
		const seen = new Set([...images(train), ...images(test)]);
		for (let i = 0; i < 40; i++)
			expect(seen.has(toBytes(heldOutPart(seed, i, 16).pixels).join())).toBe(false);
		// the check can fail: the same stream's image is found
		expect(seen.has(toBytes(generateImage(seed, 3, 16).pixels).join())).toBe(true);
		expect(heldOutPart(seed, 7, 16).pixels).toEqual(heldOutPart(seed, 7, 16).pixels);
		expect(heldOutPart(seed, 7, 16).pixels).not.toEqual(heldOutPart(seed, 8, 16).pixels);
	});
	it('gives the kind asked for, with its true label', () => {
		for (const kind of PRESETS)
			for (let i = 0; i < 5; i++) {
				const part = heldOutPart(1, i, 16, kind);
				expect(part.label).toBe(kind === 'ok' ? 0 : 1);
				expect(part.spec.defects.map((d) => d.kind)).toEqual(kind === 'ok' ? [] : [kind]);
			}
		const any = Array.from({ length: 300 }, (_, i) => heldOutPart(1, i, 4));
		expect(any.every((p) => p.label === (p.spec.defects.length > 0 ? 1 : 0))).toBe(true);
		const share = any.reduce((s, p) => s + p.label, 0) / any.length;
		expect(share).toBeGreaterThan(0.48);
		expect(share).toBeLessThan(0.66);
	});
	it('the test set is a quarter of the training set, at least 20', () => {
		expect([testCountFor(1500), testCountFor(40), testCountFor(6000)]).toEqual([375, 20, 1500]);
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
	it('keeps the weights of the epoch with the lowest validation loss, and frees the copy', async () => {
		await tf.setBackend('cpu');
		const ds = generateDataset({ seed: 2, count: 60, size: 8 });
		const { train, val } = splitValidation(ds, 0.3, 1);
		const run = async (restoreBest: boolean) => {
			const model = buildModel(
				tf,
				[{ type: 'flatten' }, { type: 'dense', units: 4, activation: 'relu' }],
				8,
				1
			);
			// a learning rate far too high, so the validation loss jumps about between epochs
			compileModel(tf, model, 'momentum', 1);
			const before = tf.memory().numTensors;
			const r = await trainModel(tf, model, train, val, {
				...DEFAULT_SETTINGS,
				epochs: 8,
				batchSize: 6,
				restoreBest
			});
			// the optimizer's own state stays with the model; the best-weights copy must not
			const grown = tf.memory().numTensors - before;
			const finalLoss = binaryCrossEntropy(await predictScores(tf, model, val), val.labels)!;
			model.dispose();
			return { ...r, finalLoss, grown };
		};
		const on = await run(true);
		const losses = on.history.map((h) => h.valLoss!);
		const bestEpoch = losses.indexOf(Math.min(...losses)) + 1;
		expect(bestEpoch).toBeLessThan(8); // the case worth testing: the last epoch is not the best
		expect(on.keptEpoch).toBe(bestEpoch);
		expect(on.finalLoss).toBeCloseTo(Math.min(...losses), 5);
		expect(new Set(on.history.map((h) => h.numTensors)).size).toBe(1);
		const off = await run(false);
		expect(off.keptEpoch).toBe(8);
		expect(off.finalLoss).toBeCloseTo(losses.at(-1)!, 5);
		expect(on.grown).toBe(off.grown);
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

describe('predictScores with test-time augmentation', () => {
	it('scores each image as the mean over its 8 symmetries (a reference built from tf ops)', async () => {
		const size = 8;
		const arch: Layer[] = [
			{ type: 'conv2d', filters: 2, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
			{ type: 'flatten' }
		];
		const model = buildModel(tf, arch, size, 3);
		const ds = generateDataset({ seed: 2, count: 3, size });
		const before = tf.memory().numTensors;
		const plain = await predictScores(tf, model, ds);
		const tta = await predictScores(tf, model, ds, 2, true);
		expect(tf.memory().numTensors).toBe(before);
		// reference: every combination of mirroring rows, mirroring columns and transposing is one
		// of the square's 8 symmetries, each once
		const x = tf.tensor4d(
			Float32Array.from(ds.pixels, (v) => v / 255),
			[ds.count, size, size, 1]
		);
		const sum = new Float32Array(ds.count);
		for (const rows of [false, true])
			for (const cols of [false, true])
				for (const swap of [false, true]) {
					let v = x;
					if (rows) v = tf.reverse(v, 1);
					if (cols) v = tf.reverse(v, 2);
					if (swap) v = tf.transpose(v, [0, 2, 1, 3]);
					const p = await (model.predict(v) as tf.Tensor).data();
					p.forEach((s, i) => (sum[i] += s / 8));
				}
		const direct = await (model.predict(x) as tf.Tensor).data();
		for (let i = 0; i < ds.count; i++) {
			expect(plain[i]).toBeCloseTo(direct[i], 6);
			expect(tta[i]).toBeCloseTo(sum[i], 5);
		}
		// a model that is not symmetric: the mean differs from the plain score
		expect(Array.from(tta).some((s, i) => Math.abs(s - plain[i]) > 1e-4)).toBe(true);
		model.dispose();
	});
});
