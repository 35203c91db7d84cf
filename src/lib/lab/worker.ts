// The training lab's Web Worker: tfjs lives here (imported on demand), so training never blocks
// the page. It owns the data set, the model and the training loop; the page sends commands
// (protocol.ts) and draws what comes back.
import type * as TF from '@tensorflow/tfjs';
import { initBackend, watchContextLoss } from './backend';
import { t as tr } from '$lib/i18n';
import { decodeImage, loadDataset, type InputFile } from './dataset/decode';
import { generateDataset, heldOutPart, TEST_SEED_OFFSET, type Dataset } from './dataset/generate';
import { buildModel, compileModel } from './model';
import type { DataSummary, FromWorker, Prediction, Samples, ToWorker } from './protocol';
import { classify } from './dataset/header';
import { toBytes, toUnit } from './dataset/pixels';
import { predictScores, splitValidation, subset, trainModel, type TrainEnd } from './train';

let tf: typeof TF | null = null;
let model: TF.LayersModel | null = null;
/** The data set, and the seed it was made or split with (held-out parts are drawn from it). */
let data: { train: Dataset; test: Dataset; summary: DataSummary; seed: number } | null = null;
let paused = false;
let stopping = false;
let training = false;
let resume: (() => void) | null = null;
/**
 * Each training run's number. A run whose number is no longer current was abandoned (the GPU was
 * lost under it: its pending GPU reads may never settle) and must not report anything.
 */
let generation = 0;
/** Commands run one after another on this chain (see onmessage at the end). */
let queue: Promise<void> = Promise.resolve();
function enqueue(job: () => Promise<void>) {
	queue = queue.then(() =>
		job().catch((err: unknown) =>
			post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
		)
	);
}

const post = (m: FromWorker, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(m, transfer);

async function loadTf(): Promise<typeof TF> {
	if (!tf) tf = await import('@tensorflow/tfjs');
	return tf;
}

function count1(labels: Uint8Array) {
	return labels.reduce((s, l) => s + l, 0);
}

/** Up to `per` images of each class, for the gallery. */
function samples(ds: Dataset, per = 8): Samples {
	const idx: number[] = [];
	for (const want of [1, 0]) {
		let k = 0;
		for (let i = 0; i < ds.count && k < per; i++)
			if (ds.labels[i] === want) {
				idx.push(i);
				k++;
			}
	}
	const { size, pixels, labels } = subset(ds, idx);
	return { size, pixels, labels, names: idx.map((i) => ds.names?.[i] ?? `#${i + 1}`) };
}

/** P(defective) of one size×size image (bytes) under the current model. */
async function scoreImage(t: typeof TF, pixels: Uint8Array, size: number): Promise<number> {
	const [p] = await predictScores(t, model!, { size, count: 1, pixels, labels: new Uint8Array(1) });
	return p;
}

function setData(
	train: Dataset,
	test: Dataset,
	source: DataSummary['source'],
	splitFromFolders: boolean,
	seed: number
) {
	const summary: DataSummary = {
		source,
		size: train.size,
		train: { count: train.count, defective: count1(train.labels) },
		test: { count: test.count, defective: count1(test.labels) },
		splitFromFolders
	};
	data = { train, test, summary, seed };
	// a new data set (or input size) needs a new model
	model?.dispose();
	model = null;
	return summary;
}

async function proceed(): Promise<boolean> {
	// let pause/stop messages in between batches
	await new Promise((r) => setTimeout(r, 0));
	while (paused && !stopping) await new Promise<void>((r) => (resume = r));
	return !stopping;
}

/** The test set's scores and images to the page; the copies are transferred, not cloned again. */
function postResult(
	end: TrainEnd,
	keptEpoch: number,
	testScores: Float32Array,
	test: Dataset,
	val: { scores: Float32Array; labels: Uint8Array } | null = null
) {
	const testPixels = test.pixels.slice();
	const testLabels = test.labels.slice();
	const valScores = val ? val.scores : null;
	const valLabels = val ? val.labels.slice() : null;
	post(
		{
			type: 'done',
			end,
			keptEpoch,
			testScores,
			testLabels,
			testNames: test.names ?? Array.from({ length: test.count }, (_, i) => `#${i + 1}`),
			testPixels,
			size: test.size,
			valScores,
			valLabels
		},
		[
			testPixels.buffer,
			testLabels.buffer,
			testScores.buffer,
			...(valScores && valLabels ? [valScores.buffer, valLabels.buffer] : [])
		]
	);
}

/** The GPU is gone: drop the model that lived on it and go on with the fast CPU backend. */
async function leaveLostGpu(duringTraining: boolean) {
	try {
		model?.dispose();
	} catch {
		// its textures went with the context
	}
	model = null;
	const info = await initBackend(await loadTf(), 'fast-cpu');
	post({ type: 'backend', info: { ...info, reason: tr('backend.reason.lost') } });
	post({ type: 'gpu-lost', duringTraining });
}

function onContextLost() {
	const duringTraining = training;
	if (training) {
		// a read from the lost GPU may never settle: abandon the run, and the command chain with it
		generation++;
		training = false;
		paused = false;
		resume?.();
		queue = Promise.resolve();
	}
	enqueue(() => leaveLostGpu(duringTraining));
}

async function handle(m: ToWorker) {
	switch (m.type) {
		case 'init': {
			const tf = await loadTf();
			const info = await initBackend(tf, m.backend);
			watchContextLoss(tf, onContextLost);
			post({ type: 'backend', info });
			return;
		}
		case 'generate': {
			const train = generateDataset({ seed: m.seed, count: m.count, size: m.size });
			const test = generateDataset({ seed: m.seed + TEST_SEED_OFFSET, count: m.testCount, size: m.size });
			const summary = setData(train, test, 'built-in', false, m.seed);
			post({ type: 'data', summary, samples: samples(train), skipped: [] });
			return;
		}
		case 'load': {
			const r = await loadDataset(
				m.files as InputFile[],
				m.size,
				(done, total) => {
					if (done === total || done % 16 === 0) post({ type: 'decode-progress', done, total });
				},
				(ds) => splitValidation(ds, 0.2, m.seed)
			);
			if (!r.ok) {
				post({ type: 'data-refused', problem: r.problem, skipped: r.skipped });
				return;
			}
			const summary = setData(r.data.train, r.data.test, 'upload', r.data.splitFromFolders, m.seed);
			post({ type: 'data', summary, samples: samples(r.data.train), skipped: r.data.skipped });
			return;
		}
		case 'train': {
			if (!data) throw new Error('no data');
			if (training) return;
			const t = await loadTf();
			const run = ++generation;
			const current = () => run === generation;
			training = true;
			paused = false;
			stopping = false;
			try {
				model?.dispose();
				model = buildModel(t, m.architecture, data.train.size, m.settings.seed);
				compileModel(t, model, m.settings.optimizer, m.settings.learningRate);
				const { train, val } =
					m.valSplit > 0
						? splitValidation(data.train, m.valSplit, m.settings.seed)
						: { train: data.train, val: null };
				const result = await trainModel(t, model, train, val, m.settings, {
					proceed: async () => current() && (await proceed()),
					onBatch: (log) => (current() ? post({ type: 'batch', log }) : undefined),
					onEpoch: (log) => (current() ? post({ type: 'epoch', log }) : undefined)
				});
				if (!current()) return;
				const testScores = await predictScores(t, model, data.test);
				const valScores = val ? await predictScores(t, model, val) : null;
				if (!current()) return;
				postResult(
					result.end,
					result.keptEpoch,
					testScores,
					data.test,
					val && valScores ? { scores: valScores, labels: val.labels } : null
				);
			} finally {
				if (current()) training = false;
			}
			return;
		}
		case 'pause':
			paused = true;
			return;
		case 'resume':
			paused = false;
			resume?.();
			return;
		case 'stop':
			stopping = true;
			paused = false;
			resume?.();
			return;
		case 'predict': {
			if (!model || !data) throw new Error('no model');
			const t = await loadTf();
			const items: Prediction[] = [];
			let done = 0;
			for (const f of m.files) {
				if (done % 16 === 0) post({ type: 'predict-progress', done, total: m.files.length });
				done++;
				const r = await decodeImage(f.blob, data.train.size);
				if (!r.ok) {
					items.push({ file: f.path, reason: r.reason });
					continue;
				}
				const p = await scoreImage(t, r.pixels, data.train.size);
				const { label } = classify(f.path);
				items.push(label === null ? { file: f.path, p } : { file: f.path, p, label });
			}
			post({ type: 'predictions', items });
			return;
		}
		case 'predict-part': {
			if (!model || !data) throw new Error('no model');
			const t = await loadTf();
			const size = data.train.size;
			const part = heldOutPart(data.seed, m.index, size, m.kind);
			// stored as a photo would be (bytes), like every image of a data set
			const pixels = toBytes(part.pixels) as Uint8Array<ArrayBuffer>;
			const p = await scoreImage(t, pixels, size);
			const kinds = part.spec.defects.map((d) => d.kind);
			const msg = { index: m.index, label: part.label, kinds, p, pixels, size };
			post({ type: 'part-prediction', part: msg }, [pixels.buffer]);
			return;
		}
		case 'save': {
			if (!model) throw new Error('no model');
			const t = await loadTf();
			await model.save(
				t.io.withSaveHandler(async (a) => {
					const weights = a.weightData instanceof ArrayBuffer ? a.weightData : new Uint8Array(0).buffer;
					const json = {
						format: 'layers-model',
						generatedBy: 'CNN Inspection Lab',
						modelTopology: a.modelTopology,
						weightsManifest: [{ paths: ['./casting-model.weights.bin'], weights: a.weightSpecs }]
					};
					post({
						type: 'saved',
						files: [
							{
								name: 'casting-model.json',
								blob: new Blob([JSON.stringify(json)], { type: 'application/json' })
							},
							{ name: 'casting-model.weights.bin', blob: new Blob([weights]) }
						]
					});
					return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
				})
			);
			return;
		}
		case 'load-model': {
			if (!data) throw new Error('no data');
			const t = await loadTf();
			const json = m.files.find((_, i) => m.names[i].endsWith('.json'));
			const bins = m.files.filter((_, i) => !m.names[i].endsWith('.json'));
			if (!json || bins.length === 0) {
				post({ type: 'model-refused', reason: 'files' });
				return;
			}
			let loaded: TF.LayersModel;
			try {
				const files = [
					new File([json], 'model.json'),
					...bins.map((b, i) => new File([b], m.names.filter((n) => !n.endsWith('.json'))[i]))
				];
				loaded = await t.loadLayersModel(t.io.browserFiles(files));
			} catch {
				post({ type: 'model-refused', reason: 'read' });
				return;
			}
			const inS = loaded.inputs[0].shape,
				outS = loaded.outputs[0].shape;
			const size = data.train.size;
			if (inS[1] !== size || inS[2] !== size || inS[3] !== 1 || outS.length !== 2 || outS[1] !== 1) {
				loaded.dispose();
				post({ type: 'model-refused', reason: 'shape' });
				return;
			}
			model?.dispose();
			model = loaded;
			postResult('loaded', 0, await predictScores(t, model, data.test), data.test);
			return;
		}
		case 'inspect': {
			if (!model || !data) return;
			const t = await loadTf();
			const first = model.layers[0];
			if (first.getClassName() !== 'Conv2D') return;
			const [kernel] = first.getWeights();
			const [k, , cin, count] = kernel.shape as number[];
			const weights = (await kernel.data()) as Float32Array;
			const n = data.test.size * data.test.size;
			const i = Math.min(Math.max(0, m.index), data.test.count - 1);
			const image = toUnit(data.test.pixels.subarray(i * n, (i + 1) * n)) as Float32Array<ArrayBuffer>;
			const probe = t.model({ inputs: model.inputs, outputs: first.output as TF.SymbolicTensor });
			const x = t.tensor4d(image, [1, data.test.size, data.test.size, 1]);
			const y = probe.predict(x) as TF.Tensor;
			const [, h, w, c] = y.shape as number[];
			const values = (await y.data()) as Float32Array;
			x.dispose();
			y.dispose();
			post({
				type: 'inspect',
				filters: { k, count: cin === 1 ? count : 0, weights },
				maps: { h, w, count: c, values },
				image
			});
			return;
		}
	}
}

// Commands run one at a time, except pause/resume/stop which must reach a running training.
self.onmessage = (e: MessageEvent<ToWorker>) => {
	const m = e.data;
	if (m.type === 'pause' || m.type === 'resume' || m.type === 'stop') {
		void handle(m);
		return;
	}
	enqueue(() => handle(m));
};
