import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import {
	balancedClassWeights,
	classWeightsFor,
	countsAfterHoldOut,
	weightedBce,
	weightsFromCounts
} from './class-weights';
import { splitValidation } from './dataset/split';

describe('balancedClassWeights', () => {
	it('gives n / (2 n_c): 131 photos with 15 defective', () => {
		const labels = [...new Array(15).fill(1), ...new Array(116).fill(0)];
		const w = balancedClassWeights(labels)!;
		expect(w.defective).toBeCloseTo(131 / 30, 12);
		expect(w.ok).toBeCloseTo(131 / 232, 12);
	});
	it('makes both classes carry the same total weight, and equal classes weigh 1', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 2, maxLength: 300 }), (labels) => {
				const w = balancedClassWeights(labels);
				const pos = labels.filter((l) => l === 1).length;
				if (pos === 0 || pos === labels.length) {
					expect(w).toBeNull();
					return;
				}
				expect(w!.defective * pos).toBeCloseTo(w!.ok * (labels.length - pos), 9);
				expect(w!.defective * pos + w!.ok * (labels.length - pos)).toBeCloseTo(labels.length, 9);
			})
		);
		expect(balancedClassWeights([0, 1, 1, 0])).toEqual({ ok: 1, defective: 1 });
	});
	it('is null for one class or none, and for the unweighted mode', () => {
		expect(balancedClassWeights([])).toBeNull();
		expect(balancedClassWeights([1, 1])).toBeNull();
		expect(classWeightsFor('none', [0, 1, 1])).toBeNull();
		expect(classWeightsFor('balanced', [0, 1, 1])).toEqual({ ok: 1.5, defective: 0.75 });
	});
});

describe('weightedBce', () => {
	it('with weights 1 and 1 equals tfjs binaryCrossentropy', () => {
		const y = tf.tensor2d([[1], [0], [1], [0]]);
		const p = tf.tensor2d([[0.9], [0.2], [0.3], [0.6]]);
		const mine = weightedBce(tf, { ok: 1, defective: 1 })(y, p).dataSync()[0];
		const ref = tf.metrics.binaryCrossentropy(y, p).mean().dataSync()[0];
		expect(mine).toBeCloseTo(ref, 5);
	});
	it('is the batch mean of w(y)·BCE, checked against a direct sum', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.double({ min: 0.01, max: 0.99, noNaN: true })), {
					minLength: 1,
					maxLength: 20
				}),
				fc.double({ min: 0.1, max: 5, noNaN: true }),
				fc.double({ min: 0.1, max: 5, noNaN: true }),
				(rows, wOk, wDef) => {
					const y = tf.tensor2d(rows.map(([l]) => [l]));
					const p = tf.tensor2d(rows.map(([, q]) => [q]));
					const got = weightedBce(tf, { ok: wOk, defective: wDef })(y, p).dataSync()[0];
					y.dispose();
					p.dispose();
					const q32 = (v: number) => Math.fround(v);
					const want =
						rows.reduce((s, [l, q]) => s + (l ? -wDef * Math.log(q32(q)) : -wOk * Math.log(1 - q32(q))), 0) /
						rows.length;
					expect(got).toBeCloseTo(want, 4);
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe('countsAfterHoldOut', () => {
	it('predicts the training counts splitValidation leaves, so the page shows the weights the worker uses', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 200 }),
				fc.double({ min: 0, max: 0.5, noNaN: true }),
				fc.integer({ min: 0, max: 999 }),
				(labels, share, seed) => {
					const ds = {
						size: 1,
						count: labels.length,
						pixels: new Uint8Array(labels.length),
						labels: Uint8Array.from(labels)
					};
					const { train } = splitValidation(ds, share, seed);
					const pos = labels.filter((l) => l === 1).length;
					const c = countsAfterHoldOut(labels.length, pos, share);
					expect(c.count).toBe(train.count);
					expect(c.defective).toBe(train.labels.reduce((s, l) => s + l, 0));
					expect(weightsFromCounts(c.count, c.defective)).toEqual(balancedClassWeights(train.labels));
				}
			),
			{ numRuns: 50 }
		);
	});
});
