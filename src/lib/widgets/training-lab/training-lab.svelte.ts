// The training lab's state: settings, the worker connection, training progress and results.
// Every number shown comes from src/lib/math (architecture, metrics, loss) or from the worker's
// training loop (src/lib/lab/train.ts).
import { getLocale } from '$lib/i18n';
import { writeParams, type Values } from '$lib/embed/params';
import { summarise, type Layer } from '$lib/math/architecture';
import { confusionFromScores, metricsFrom, type Cell } from '$lib/math/metrics';
import type { BackendChoice, BackendInfo } from '$lib/lab/backend';
import type { LoadProblem, Skipped } from '$lib/lab/dataset/decode';
import { DEFAULT_ARCHITECTURE } from '$lib/lab/model';
import { LAB_DEFAULTS } from '$lib/lab/defaults';
import { epochSecondsLeft, trainingProgress } from '$lib/lab/progress';
import { testCountFor, type Preset } from '$lib/lab/dataset/generate';
import { POINTING_PARTS, type PointingResult } from '$lib/lab/pointing';
import type { Shortcut } from '$lib/lab/dataset/shortcut';
import type {
	DataSummary,
	FromWorker,
	HeldOutPrediction,
	Prediction,
	Saliency,
	Samples,
	ToWorker
} from '$lib/lab/protocol';
import { DEFAULT_SETTINGS, type BatchLog, type EpochLog } from '$lib/lab/train';
import type { AugmentRanges } from '$lib/math/augment';
import type { OptimizerName } from '$lib/lab/model';
import { countsAfterHoldOut, weightsFromCounts, type ClassWeightMode } from '$lib/lab/class-weights';
import { params, type KERNEL_CHOICES } from './params';

type KernelChoice = (typeof KERNEL_CHOICES)[number];
import { downloadFiles } from './download';
import { honestFigures, labelledFigures } from './evaluation';
import { WorkerLink } from './worker-link';
import { failure, reduce, type Inspection, type ModelProblem, type Status, type TestResult } from './reduce';

export { HELD_OUT_KEPT, type Status, type TestResult } from './reduce';
export type { Prediction };

/** A file with its path inside the chosen folder. */
export interface PickedFile {
	path: string;
	blob: Blob;
}

export class LabState {
	// ---- settings (the first five are in the share link) ----
	epochs = $state(params.epochs.default);
	seed = $state(params.seed.default);
	size = $state(params.size.default);
	count = $state(params.count.default);
	backendChoice = $state<BackendChoice>(params.backend.default);
	autostart = false;
	optimizer = $state<OptimizerName>(DEFAULT_SETTINGS.optimizer);
	learningRate = $state(DEFAULT_SETTINGS.learningRate);
	batchSize = $state(DEFAULT_SETTINGS.batchSize);
	valSplit = $state<number>(LAB_DEFAULTS.valSplit);
	patience = $state<number>(DEFAULT_SETTINGS.patience);
	restoreBest = $state(DEFAULT_SETTINGS.restoreBest);
	classWeight = $state<ClassWeightMode>(params['class-weight'].default);
	/** The shortcut experiment's mark on the built-in data's defective images (applies on Generate). */
	shortcut = $state<Shortcut>(params.shortcut.default);
	/** Our own training kernels on one thread or on a thread pool (a URL switch, `kernels`). */
	kernels: KernelChoice = params.kernels.default;
	augmentation = $state<AugmentRanges>({ ...DEFAULT_SETTINGS.augmentation });
	architecture = $state<Layer[]>(structuredClone(DEFAULT_ARCHITECTURE));

	// ---- what the worker reported ----
	status = $state<Status>('idle');
	backend = $state<BackendInfo | null>(null);
	data = $state<DataSummary | null>(null);
	dataSize = $state(0);
	samples = $state.raw<Samples | null>(null);
	skipped = $state.raw<Skipped[]>([]);
	dataProblem = $state<LoadProblem | null>(null);
	loading = $state(false);
	decode = $state<{ done: number; total: number } | null>(null);
	history = $state.raw<EpochLog[]>([]);
	epochEnds = $state.raw<number[]>([]);
	lastBatch = $state.raw<BatchLog | null>(null);
	paused = $state(false);
	startedAt = 0;
	elapsed = $state(0);
	result = $state.raw<TestResult | null>(null);
	error = $state<string | null>(null);
	predictions = $state.raw<Prediction[]>([]);
	predicting = $state(false);
	predictProgress = $state<{ done: number; total: number } | null>(null);
	/** Held-out generated parts scored so far, newest first (at most HELD_OUT_KEPT). */
	heldOut = $state.raw<HeldOutPrediction[]>([]);
	partKind = $state<Preset | 'any'>('any');
	/** The next held-out part's index. */
	nextPart = 0;
	inspection = $state.raw<Inspection | null>(null);
	saliency = $state.raw<Saliency | null>(null);
	/** The pointing game's last result for this model, and its progress while it runs. */
	pointing = $state.raw<PointingResult | null>(null);
	pointingProgress = $state<{ done: number; total: number } | null>(null);
	modelProblem = $state<ModelProblem | null>(null);
	/** Set when the GPU was lost and the lab moved to the CPU (shown until the next training). */
	gpuLost = $state<'training' | 'idle' | null>(null);

	// ---- evaluation view ----
	threshold = $state(0.5);
	selectedCell = $state<Cell | null>(null);

	/** Set when the worker died and was restarted with the same data (shown until the next training). */
	workerLost = $state<'training' | 'idle' | null>(null);
	private link = new WorkerLink({
		init: () => this.initMessage(),
		receive: (m) => this.receive(m),
		// (generating the built-in set runs in one go and is not watched)
		busy: (loadingFiles) =>
			this.status === 'training' ||
			this.predicting ||
			this.pointingProgress !== null ||
			(this.loading && loadingFiles),
		restarted: (data) => {
			Object.assign(this, {
				status: 'idle',
				paused: false,
				result: null,
				inspection: null,
				heldOut: [],
				predictions: [],
				predicting: false,
				predictProgress: null,
				pointing: null,
				pointingProgress: null,
				workerLost: this.status === 'training' ? 'training' : 'idle'
			});
			if (data) {
				this.loading = true;
				if (data.type === 'load') this.decode = { done: 0, total: data.files.length };
			}
		},
		failed: (why) => Object.assign(this, failure(why))
	});

	constructor(initial: Partial<Values<typeof params>> = {}) {
		if (initial.epochs !== undefined) this.epochs = initial.epochs;
		if (initial.seed !== undefined) this.seed = initial.seed;
		if (initial.size !== undefined) this.size = initial.size;
		if (initial.count !== undefined) this.count = initial.count;
		if (initial.backend !== undefined) this.backendChoice = initial.backend;
		if (initial['class-weight'] !== undefined) this.classWeight = initial['class-weight'];
		if (initial.shortcut !== undefined) this.shortcut = initial.shortcut;
		if (initial.kernels !== undefined) this.kernels = initial.kernels;
		this.autostart = initial.autostart ?? false;
	}

	query = $derived(
		writeParams(params, {
			epochs: this.epochs,
			seed: this.seed,
			size: this.size,
			count: this.count,
			backend: this.backendChoice,
			'class-weight': this.classWeight,
			shortcut: this.shortcut,
			kernels: this.kernels
		})
	);

	/** The class weights the next training will use (from the training share of the data), or null. */
	classWeights = $derived.by(() => {
		if (!this.data || this.classWeight === 'none') return null;
		const c = countsAfterHoldOut(
			this.data.train.count,
			this.data.train.defective,
			this.valSplit > 0 ? this.valSplit : 0
		);
		return weightsFromCounts(c.count, c.defective);
	});

	/** Shapes and parameter counts at the input size of the current data. */
	summary = $derived(summarise(this.architecture, this.size));
	confusion = $derived(
		this.result ? confusionFromScores(this.result.scores, this.result.labels, this.threshold) : null
	);
	metrics = $derived(this.confusion ? metricsFrom(this.confusion) : null);
	/** Figures that keep the test accuracy honest (src/lib/math/honest.ts). */
	honest = $derived(this.result && this.confusion ? honestFigures(this.result, this.confusion) : null);
	/** The uploaded photos whose folder gives their class, scored at the threshold (or null). */
	unseen = $derived(labelledFigures(this.predictions, this.threshold));
	last = $derived(this.history.at(-1));
	/** Batches done out of all batches of the run (the progress bar). */
	progress = $derived(trainingProgress(this.lastBatch, this.epochs));
	/**
	 * Seconds left, from the measured seconds per epoch so far (src/lib/lab/progress.ts); undefined
	 * while not training and before the first epoch has ended.
	 */
	secondsLeft = $derived(
		this.status === 'training' ? epochSecondsLeft(this.epochEnds, this.epochs, this.elapsed) : undefined
	);
	canTrain = $derived(
		this.status !== 'training' &&
			!this.loading &&
			this.data !== null &&
			this.summary.problem === null &&
			this.pointingProgress === null
	);

	/** Start the worker (browser only); returns the clean-up. */
	connect(): () => void {
		this.link.start();
		this.generate();
		const tick = setInterval(() => {
			if (this.status === 'training' && !this.paused)
				this.elapsed = (performance.now() - this.startedAt) / 1000;
			this.link.watch();
		}, 500);
		return () => {
			clearInterval(tick);
			this.link.close();
		};
	}

	private initMessage(): ToWorker {
		return { type: 'init', backend: this.backendChoice, locale: getLocale(), kernels: this.kernels };
	}

	private send(m: ToWorker) {
		this.link.send(m);
	}

	setBackend(choice: BackendChoice) {
		if (this.status === 'training') return;
		this.backendChoice = choice;
		this.backend = null;
		this.send(this.initMessage());
	}

	/** (Re)make the built-in data set at the current seed, count and size. */
	generate() {
		if (this.status === 'training') return;
		this.loading = true;
		this.dataProblem = null;
		this.send({
			type: 'generate',
			seed: this.seed,
			count: this.count,
			testCount: testCountFor(this.count),
			size: this.size,
			shortcut: this.shortcut
		});
	}

	loadFiles(files: PickedFile[]) {
		if (this.status === 'training' || files.length === 0) return;
		this.loading = true;
		this.dataProblem = null;
		this.decode = { done: 0, total: files.length };
		this.send({ type: 'load', files, size: this.size, seed: this.seed });
	}

	train() {
		if (!this.canTrain) return;
		this.status = 'training';
		this.error = null;
		this.gpuLost = null;
		this.workerLost = null;
		this.history = [];
		this.epochEnds = [];
		this.lastBatch = null;
		this.result = null;
		this.predictions = [];
		this.heldOut = [];
		this.pointing = null;
		this.selectedCell = null;
		this.paused = false;
		this.startedAt = performance.now();
		this.elapsed = 0;
		this.send({
			type: 'train',
			architecture: $state.snapshot(this.architecture),
			valSplit: this.valSplit,
			settings: {
				epochs: this.epochs,
				batchSize: this.batchSize,
				learningRate: this.learningRate,
				optimizer: this.optimizer,
				seed: this.seed,
				augmentation: $state.snapshot(this.augmentation),
				patience: this.patience,
				restoreBest: this.restoreBest,
				classWeight: this.classWeight
			}
		});
	}

	pause() {
		if (this.status !== 'training') return;
		this.paused = !this.paused;
		if (this.paused) this.send({ type: 'pause' });
		else {
			this.startedAt = performance.now() - this.elapsed * 1000;
			this.send({ type: 'resume' });
		}
	}

	stop() {
		if (this.status === 'training') this.send({ type: 'stop' });
	}

	predict(files: PickedFile[]) {
		if (!this.result || files.length === 0) return;
		this.predicting = true;
		this.predictProgress = null;
		this.send({ type: 'predict', files });
	}

	/** Draw the next held-out part (of the chosen kind) and score it with the trained model. */
	predictPart() {
		if (!this.result || this.status === 'training') return;
		this.send({ type: 'predict-part', kind: this.partKind, index: this.nextPart++ });
	}

	inspect(index: number) {
		if (!this.result) return;
		this.send({ type: 'inspect', index });
		this.explain('test', index);
	}

	/** A heat map of where the model looked: test part `index`, or drawn part `index` of `kind`. */
	explain(source: 'test' | 'part', index: number, kind: Preset | 'any' = 'any') {
		if (this.result && this.status !== 'training') this.send({ type: 'saliency', source, index, kind });
	}

	/** Score how often the heat map points at the defect, over POINTING_PARTS drawn parts. */
	playPointing() {
		if (!this.result || this.status === 'training' || this.pointingProgress) return;
		this.pointing = null;
		this.pointingProgress = { done: 0, total: POINTING_PARTS };
		this.send({ type: 'pointing', count: POINTING_PARTS });
	}

	cancelPointing() {
		if (this.pointingProgress) this.send({ type: 'pointing-cancel' });
	}

	save() {
		if (this.result && this.status !== 'training') this.send({ type: 'save' });
	}

	/** Download the built-in data set as a .zip in the Keras layout (casting_data/{train,test}/…). */
	exportData() {
		if (this.data?.source === 'built-in' && !this.loading) this.send({ type: 'export-data' });
	}

	loadModel(files: File[]) {
		if (this.status === 'training' || !this.data || files.length === 0) return;
		this.modelProblem = null;
		this.send({ type: 'load-model', files, names: files.map((f) => f.name) });
	}

	private receive(m: FromWorker) {
		const { patch, effects } = reduce(this, m, performance.now());
		Object.assign(this, patch);
		for (const e of effects) {
			if (e.type === 'train') this.train();
			else if (e.type === 'inspect') this.inspect(e.index);
			else downloadFiles(e.files);
		}
	}
}
