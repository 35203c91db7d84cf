// The training lab's session inside the worker: tfjs (imported on demand), the model, the data
// set and the run control (pause, stop, the abandoned-run counter). worker.ts only dispatches
// the page's commands (protocol.ts) to it; `post` sends the answers back. What it says about why
// the model decides (occlusion maps, the pointing game, the first layer) is worked out in
// explain.ts.
import type * as TF from '@tensorflow/tfjs';
import { initBackend, watchContextLoss, type BackendChoice } from './backend';
import { t as tr, useStrings } from '$lib/i18n';
import { decodeImage, loadDataset, type InputFile } from './dataset/decode';
import { generateDataset, heldOutPart, TEST_SEED_OFFSET, type Preset } from './dataset/generate';
import { defectMarks } from './dataset/defect-mark';
import { withShortcut } from './dataset/shortcut';
import type { Dataset } from './dataset/types';
import { LAB_DEFAULTS } from './defaults';
import { datasetZip, EXPORT_NAME } from './dataset/export';
import { buildModel, compileModel } from './model';
import { classWeightsFor } from './class-weights';
import { loadModelFiles, saveModelFiles } from './model-files';
import type { DataSummary, FromWorker, Prediction, Samples, ToWorker } from './protocol';
import { inspectOf, pointingWith, saliencyOf, type SessionData } from './explain';
import { classify } from './dataset/header';
import { fitOod, oodFeatures, oodScore, type OodModel } from './ood';
import { toBytes } from './dataset/pixels';
import { predictScores, splitValidation, subset, trainModel, type TrainEnd } from './train';
import backendStrings from '$lib/i18n/areas/backend';

useStrings(backendStrings);

export type Post = (m: FromWorker, transfer?: Transferable[]) => void;

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

type Command<T extends ToWorker['type']> = Extract<ToWorker, { type: T }>;

export class LabSession {
	private tf: typeof TF | null = null;
	private model: TF.LayersModel | null = null;
	/** The data set, and the seed it was made or split with (held-out parts are drawn from it). */
	private data: SessionData | null = null;
	/** The training images' intensity statistics (fitted when a photo is first tested). */
	private ood: OodModel | null = null;
	private paused = false;
	private stopping = false;
	private training = false;
	private resume: (() => void) | null = null;
	/**
	 * Each training run's number. A run whose number is no longer current was abandoned (the GPU
	 * was lost under it: its pending GPU reads may never settle) and must not report anything.
	 */
	private generation = 0;
	/** Set by cancelPointing(): a running pointing game stops before its next part. */
	private pointingCancelled = false;
	/** Commands run one after another on this chain (see enqueue). */
	private queue: Promise<void> = Promise.resolve();

	constructor(private readonly post: Post) {}

	/** Run a command after the ones before it; a failure is reported, and the chain goes on. */
	enqueue(job: () => Promise<void>) {
		this.queue = this.queue.then(() =>
			job().catch((err: unknown) =>
				this.post({ type: 'error', message: err instanceof Error ? err.message : String(err) })
			)
		);
	}

	private async loadTf(): Promise<typeof TF> {
		if (!this.tf) this.tf = await import('@tensorflow/tfjs');
		return this.tf;
	}

	/** P(defective) of one size×size image (bytes) under the current model. */
	private async scoreImage(t: typeof TF, pixels: Uint8Array, size: number): Promise<number> {
		const [p] = await predictScores(t, this.model!, { size, count: 1, pixels, labels: new Uint8Array(1) });
		return p;
	}

	private setData(
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
		this.data = { train, test, summary, seed };
		this.ood = null;
		// a new data set (or input size) needs a new model
		this.model?.dispose();
		this.model = null;
		return summary;
	}

	private async proceed(): Promise<boolean> {
		// let pause/stop messages in between batches
		await new Promise((r) => setTimeout(r, 0));
		while (this.paused && !this.stopping) await new Promise<void>((r) => (this.resume = r));
		return !this.stopping;
	}

	/** The test set's scores and images to the page; the copies are transferred, not cloned again. */
	private postResult(
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
		this.post(
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
	private async leaveLostGpu(duringTraining: boolean) {
		try {
			this.model?.dispose();
		} catch {
			// its textures went with the context
		}
		this.model = null;
		const info = await initBackend(await this.loadTf(), 'fast-cpu');
		this.post({ type: 'backend', info: { ...info, reason: tr('backend.reason.lost'), why: 'lost' } });
		this.post({ type: 'gpu-lost', duringTraining });
	}

	private onContextLost = () => {
		const duringTraining = this.training;
		if (this.training) {
			// a read from the lost GPU may never settle: abandon the run, and the command chain with it
			this.generation++;
			this.training = false;
			this.paused = false;
			this.resume?.();
			this.queue = Promise.resolve();
		}
		this.enqueue(() => this.leaveLostGpu(duringTraining));
	};

	async init(backend: BackendChoice, kernelPool = false) {
		const tf = await this.loadTf();
		const info = await initBackend(tf, backend, { kernelPool });
		watchContextLoss(tf, this.onContextLost);
		this.post({ type: 'backend', info });
	}

	generate(m: Command<'generate'>) {
		const shortcut = m.shortcut ?? 'none';
		// the mark goes on the defective images of the training (and so validation) and test sets;
		// held-out parts are drawn later, from the seed, and never carry it
		const train = withShortcut(generateDataset({ seed: m.seed, count: m.count, size: m.size }), shortcut);
		const test = withShortcut(
			generateDataset({ seed: m.seed + TEST_SEED_OFFSET, count: m.testCount, size: m.size }),
			shortcut
		);
		const summary = { ...this.setData(train, test, 'built-in', false, m.seed), shortcut };
		this.data!.summary = summary;
		this.post({ type: 'data', summary, samples: samples(train), skipped: [] });
	}

	async load(m: Command<'load'>) {
		const r = await loadDataset(
			m.files as InputFile[],
			m.size,
			(done, total) => {
				if (done === total || done % 16 === 0) this.post({ type: 'decode-progress', done, total });
			},
			(ds) => splitValidation(ds, LAB_DEFAULTS.testShare, m.seed)
		);
		if (!r.ok) {
			this.post({ type: 'data-refused', problem: r.problem, skipped: r.skipped });
			return;
		}
		const summary = this.setData(r.data.train, r.data.test, 'upload', r.data.splitFromFolders, m.seed);
		this.post({ type: 'data', summary, samples: samples(r.data.train), skipped: r.data.skipped });
	}

	async train(m: Command<'train'>) {
		const data = this.data;
		if (!data) throw new Error('no data');
		if (this.training) return;
		const t = await this.loadTf();
		const run = ++this.generation;
		const current = () => run === this.generation;
		this.training = true;
		this.paused = false;
		this.stopping = false;
		try {
			this.model?.dispose();
			const model = buildModel(t, m.architecture, data.train.size, m.settings.seed);
			this.model = model;
			const { train, val } =
				m.valSplit > 0
					? splitValidation(data.train, m.valSplit, m.settings.seed)
					: { train: data.train, val: null };
			// class weights from the images the model trains on (not the validation share)
			const weights = classWeightsFor(m.settings.classWeight ?? 'none', train.labels);
			compileModel(t, model, m.settings.optimizer, m.settings.learningRate, weights);
			const result = await trainModel(t, model, train, val, m.settings, {
				proceed: async () => current() && (await this.proceed()),
				onBatch: (log) => (current() ? this.post({ type: 'batch', log }) : undefined),
				onEpoch: (log) => (current() ? this.post({ type: 'epoch', log }) : undefined)
			});
			if (!current()) return;
			const testScores = await predictScores(t, model, data.test);
			const valScores = val ? await predictScores(t, model, val) : null;
			if (!current()) return;
			this.postResult(
				result.end,
				result.keptEpoch,
				testScores,
				data.test,
				val && valScores ? { scores: valScores, labels: val.labels } : null
			);
		} finally {
			if (current()) this.training = false;
		}
	}

	/** Pause, resume and stop reach a running training, outside the command chain. */
	control(type: 'pause' | 'resume' | 'stop') {
		if (type === 'pause') this.paused = true;
		else {
			if (type === 'stop') this.stopping = true;
			this.paused = false;
			this.resume?.();
		}
	}

	async predict(m: Command<'predict'>) {
		const { model, data } = this;
		if (!model || !data) throw new Error('no model');
		const t = await this.loadTf();
		const items: Prediction[] = [];
		const thumbs: Transferable[] = [];
		this.ood ??= fitOod(data.train.pixels, data.train.size, data.train.count);
		const ood = this.ood;
		let done = 0;
		for (const f of m.files) {
			if (done % 16 === 0) this.post({ type: 'predict-progress', done, total: m.files.length });
			done++;
			const r = await decodeImage(f.blob, data.train.size);
			if (!r.ok) {
				items.push({ file: f.path, reason: r.reason });
				continue;
			}
			const size = data.train.size;
			const p = await this.scoreImage(t, r.pixels, size);
			const { label } = classify(f.path);
			// the photo as the model sees it, and how unlike the training images it looks
			const pixels = r.pixels.slice() as Uint8Array<ArrayBuffer>;
			thumbs.push(pixels.buffer);
			const score = ood ? oodScore(ood, oodFeatures(pixels, size)) : null;
			const seen = {
				file: f.path,
				p,
				pixels,
				size,
				...(score === null ? {} : { ood: { score, unusual: score > ood!.threshold } })
			};
			items.push(label === null ? seen : { ...seen, label });
		}
		this.post({ type: 'predictions', items }, thumbs);
	}

	async predictPart(m: { kind: Preset | 'any'; index: number }) {
		const { model, data } = this;
		if (!model || !data) throw new Error('no model');
		const t = await this.loadTf();
		const size = data.train.size;
		const part = heldOutPart(data.seed, m.index, size, m.kind);
		// stored as a photo would be (bytes), like every image of a data set
		const pixels = toBytes(part.pixels) as Uint8Array<ArrayBuffer>;
		const p = await this.scoreImage(t, pixels, size);
		const kinds = part.spec.defects.map((d) => d.kind);
		const defects = defectMarks(part.spec, size);
		const msg = { index: m.index, label: part.label, kinds, drawnAs: m.kind, p, pixels, size, defects };
		this.post({ type: 'part-prediction', part: msg }, [pixels.buffer]);
	}

	async save() {
		if (!this.model) throw new Error('no model');
		const files = await saveModelFiles(await this.loadTf(), this.model);
		this.post({ type: 'saved', files });
	}

	exportData() {
		const data = this.data;
		if (!data) throw new Error('no data');
		const zip = datasetZip(data.train, data.test) as Uint8Array<ArrayBuffer>;
		this.post({
			type: 'saved',
			files: [{ name: EXPORT_NAME, blob: new Blob([zip], { type: 'application/zip' }) }]
		});
	}

	async loadModel(m: Command<'load-model'>) {
		const data = this.data;
		if (!data) throw new Error('no data');
		const t = await this.loadTf();
		const r = await loadModelFiles(t, m.files, m.names, data.train.size);
		if (!r.ok) {
			this.post({ type: 'model-refused', problem: r.problem });
			return;
		}
		this.model?.dispose();
		this.model = r.model;
		this.postResult('loaded', 0, await predictScores(t, r.model, data.test), data.test);
	}

	/** Where the model looked on one test or drawn part (explain.ts). */
	async saliency(m: Command<'saliency'>) {
		const { model, data } = this;
		if (!model || !data) return;
		const saliency = await saliencyOf(await this.loadTf(), model, data, m);
		this.post({ type: 'saliency', saliency }, [saliency.values.buffer, saliency.image.buffer]);
	}

	/** The pointing game with the current model; cancelPointing() stops it between parts. */
	async pointing(m: Command<'pointing'>) {
		const { model, data } = this;
		if (!model || !data) throw new Error('no model');
		this.pointingCancelled = false;
		const wanted = () => !this.pointingCancelled && this.model === model;
		const result = await pointingWith(await this.loadTf(), model, data, m.count, this.post, wanted);
		this.post(result ? { type: 'pointing', result } : { type: 'pointing-cancelled' });
	}

	cancelPointing() {
		this.pointingCancelled = true;
	}

	/** The first layer's filters and feature maps of one test image (explain.ts). */
	async inspect(index: number) {
		const { model, data } = this;
		if (!model || !data) return;
		const found = await inspectOf(await this.loadTf(), model, data, index);
		if (found) this.post(found);
	}
}
