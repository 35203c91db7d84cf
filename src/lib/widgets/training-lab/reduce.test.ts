import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DataSummary, FromWorker, HeldOutPrediction, Samples } from '$lib/lab/protocol';
import type { EpochLog } from '$lib/lab/train';
import { HELD_OUT_KEPT, reduce, type LabView } from './reduce';

const summary: DataSummary = {
	source: 'built-in',
	size: 32,
	train: { count: 40, defective: 23 },
	test: { count: 10, defective: 6 },
	splitFromFolders: false
};
const samples: Samples = {
	size: 32,
	pixels: new Uint8Array(32 * 32),
	labels: new Uint8Array(1),
	names: ['#1']
};
const epoch = (n: number): EpochLog => ({
	epoch: n,
	loss: 0.5,
	accuracy: 0.7,
	valLoss: 0.6,
	valAccuracy: 0.65,
	seconds: 1,
	imagesPerSecond: 40,
	numTensors: 12
});
const part = (index: number): HeldOutPrediction => ({
	index,
	label: 1,
	kinds: ['pits'],
	drawnAs: 'pits',
	p: 0.9,
	pixels: new Uint8Array(4),
	size: 2,
	defects: [{ row: 0.5, col: 0.5, radius: 0.5 }]
});

function view(over: Partial<LabView> = {}): LabView {
	return {
		status: 'idle',
		autostart: false,
		backendChoice: 'auto',
		backend: null,
		data: null,
		dataSize: 0,
		samples: null,
		skipped: [],
		dataProblem: null,
		loading: true,
		decode: { done: 3, total: 9 },
		history: [epoch(1)],
		epochEnds: [4],
		lastBatch: null,
		paused: false,
		startedAt: 1000,
		elapsed: 0,
		result: null,
		error: null,
		predictions: [{ file: 'a.png', p: 0.3 }],
		predicting: false,
		predictProgress: null,
		heldOut: [part(0)],
		nextPart: 5,
		inspection: null,
		saliency: null,
		modelProblem: null,
		gpuLost: null,
		pointing: null,
		pointingProgress: null,
		...over
	};
}

const dataMsg: FromWorker = {
	type: 'data',
	summary,
	samples,
	skipped: [{ name: 'x.txt', reason: 'no-class' }]
};

describe('reduce (the lab page receiving a worker message)', () => {
	it('new data replaces the old results and resets the held-out counter', () => {
		const { patch, effects } = reduce(view(), dataMsg, 0);
		expect(patch).toMatchObject({
			loading: false,
			decode: null,
			data: summary,
			dataSize: 32,
			samples,
			result: null,
			history: [],
			predictions: [],
			heldOut: [],
			nextPart: 0,
			status: 'idle'
		});
		expect(patch.skipped).toEqual([{ name: 'x.txt', reason: 'no-class' }]);
		expect(effects).toEqual([]);
	});

	it('new data during training leaves the status alone', () => {
		expect(reduce(view({ status: 'training' }), dataMsg, 0).patch.status).toBeUndefined();
	});

	it('autostart trains once, on the first data', () => {
		const r = reduce(view({ autostart: true }), dataMsg, 0);
		expect(r.effects).toEqual([{ type: 'train' }]);
		expect(r.patch.autostart).toBe(false);
	});

	it('a batch sets the elapsed time from the start', () => {
		const log = { epoch: 1, batch: 2, batches: 3, loss: 0.4, accuracy: 0.8 };
		const { patch } = reduce(view({ startedAt: 1000 }), { type: 'batch', log }, 3500);
		expect(patch).toEqual({ lastBatch: log, elapsed: 2.5 });
	});

	it('a batch that ends after Pause leaves the clock stopped', () => {
		const log = { epoch: 1, batch: 2, batches: 3, loss: 0.4, accuracy: 0.8 };
		const { patch } = reduce(
			view({ startedAt: 1000, paused: true, elapsed: 1.5 }),
			{ type: 'batch', log },
			3500
		);
		expect(patch).toEqual({ lastBatch: log, elapsed: 1.5 });
	});

	it('an epoch is appended without changing the previous history array', () => {
		const before = view();
		const { patch } = reduce(before, { type: 'epoch', log: epoch(2) }, 0);
		expect(patch.history!.map((e) => e.epoch)).toEqual([1, 2]);
		expect(before.history.map((e) => e.epoch)).toEqual([1]);
	});

	it('an epoch records the training clock at its end (stopped while paused)', () => {
		const { patch } = reduce(view({ startedAt: 1000 }), { type: 'epoch', log: epoch(2) }, 10_000);
		expect(patch.epochEnds).toEqual([4, 9]);
		expect(patch.elapsed).toBe(9);
		const paused = reduce(view({ paused: true, elapsed: 7 }), { type: 'epoch', log: epoch(2) }, 10_000);
		expect(paused.patch.epochEnds).toEqual([4, 7]);
	});

	it('done turns typed arrays into the test result and asks to inspect image 0', () => {
		const m: FromWorker = {
			type: 'done',
			end: 'done',
			keptEpoch: 3,
			testScores: Float32Array.from([0.25, 0.75]),
			testLabels: Uint8Array.from([0, 1]),
			testNames: ['a', 'b'],
			testPixels: new Uint8Array(8),
			size: 2,
			valScores: Float32Array.from([0.5]),
			valLabels: Uint8Array.from([1])
		};
		const { patch, effects } = reduce(
			view({ status: 'training', paused: true, modelProblem: { reason: 'shape' } }),
			m,
			0
		);
		expect(patch.result).toMatchObject({
			scores: [0.25, 0.75],
			labels: [0, 1],
			names: ['a', 'b'],
			end: 'done',
			keptEpoch: 3,
			valScores: [0.5],
			valLabels: [1]
		});
		expect(patch).toMatchObject({ status: 'done', paused: false, modelProblem: null, inspection: null });
		expect(effects).toEqual([{ type: 'inspect', index: 0 }]);
	});

	it('a lost GPU keeps the data, drops the model results and moves to the CPU', () => {
		const { patch } = reduce(
			view({ status: 'training', data: summary }),
			{ type: 'gpu-lost', duringTraining: true },
			0
		);
		expect(patch).toMatchObject({
			gpuLost: 'training',
			backendChoice: 'fast-cpu',
			status: 'idle',
			result: null,
			heldOut: [],
			predictions: []
		});
		expect('data' in patch).toBe(false);
		expect(reduce(view(), { type: 'gpu-lost', duringTraining: false }, 0).patch.gpuLost).toBe('idle');
	});

	it('keeps at most HELD_OUT_KEPT held-out parts, newest first', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 20 }), (n) => {
				const heldOut = Array.from({ length: n }, (_, i) => part(n - 1 - i));
				const { patch } = reduce(view({ heldOut }), { type: 'part-prediction', part: part(n) }, 0);
				const got = patch.heldOut!.map((p) => p.index);
				const want = Array.from({ length: Math.min(n + 1, HELD_OUT_KEPT) }, (_, i) => n - i);
				expect(got).toEqual(want);
			})
		);
	});

	it('an error stops loading, predicting and the pointing game and shows the message', () => {
		const { patch } = reduce(
			view({ loading: true, predicting: true }),
			{ type: 'error', message: 'boom' },
			0
		);
		expect(patch).toEqual({
			status: 'error',
			error: 'boom',
			loading: false,
			predicting: false,
			pointingProgress: null
		});
	});

	it('saved files become a download, with no state change', () => {
		const files = [{ name: 'm.json', blob: new Blob(['{}']) }];
		expect(reduce(view(), { type: 'saved', files }, 0)).toEqual({
			patch: {},
			effects: [{ type: 'download', files }]
		});
	});

	it('refused data and refused models say why', () => {
		expect(reduce(view(), { type: 'data-refused', problem: 'one-class', skipped: [] }, 0).patch).toEqual({
			loading: false,
			decode: null,
			dataProblem: 'one-class',
			skipped: []
		});
		const problem = { reason: 'json' as const, file: 'model.json', detail: 'Unexpected token' };
		expect(reduce(view(), { type: 'model-refused', problem }, 0).patch).toEqual({ modelProblem: problem });
	});

	it('predictions end the prediction progress', () => {
		const items = [{ file: 'a.png', p: 0.9 }];
		expect(
			reduce(
				view({ predicting: true, predictProgress: { done: 1, total: 2 } }),
				{ type: 'predictions', items },
				0
			).patch
		).toEqual({ predictions: items, predicting: false, predictProgress: null });
	});

	it('the pointing game: progress while it runs, its result or a cancel end it, a new model clears it', () => {
		const result = {
			hits: 3,
			total: 4,
			accuracy: 0.75,
			margin: 3,
			patch: 8,
			stride: 4,
			parts: [],
			byKind: {
				pits: { hits: 1, total: 1 },
				chip: { hits: 1, total: 1 },
				crack: { hits: 0, total: 1 },
				shrinkage: { hits: 1, total: 1 },
				rough: { hits: 0, total: 0 }
			}
		};
		expect(reduce(view(), { type: 'pointing-progress', done: 2, total: 4 }, 0).patch).toEqual({
			pointingProgress: { done: 2, total: 4 }
		});
		const running = view({ pointingProgress: { done: 3, total: 4 } });
		expect(reduce(running, { type: 'pointing', result }, 0).patch).toEqual({
			pointing: result,
			pointingProgress: null
		});
		expect(reduce(running, { type: 'pointing-cancelled' }, 0).patch).toEqual({ pointingProgress: null });
		expect(reduce(running, { type: 'error', message: 'x' }, 0).patch.pointingProgress).toBeNull();
		expect(reduce(view({ pointing: result }), dataMsg, 0).patch.pointing).toBeNull();
		expect(
			reduce(view({ pointing: result }), { type: 'gpu-lost', duringTraining: false }, 0).patch.pointing
		).toBeNull();
	});
});
