// The training loop: seeded shuffling, augmentation on the fly (training images only), one
// trainOnBatch per batch so the caller can report progress, pause and stop between batches,
// validation after every epoch, early stopping on the validation loss. tfjs is passed in.
import type * as TF from '@tensorflow/tfjs';
import { augmentBatch, dihedral, NO_AUGMENTATION, type AugmentRanges } from '$lib/math/augment';
import { rng, shuffle } from '$lib/math/rng';
import { accuracyAt, binaryCrossEntropy } from '$lib/math/loss';
import type { Dataset } from './dataset/types';
import { gather, splitValidation } from './dataset/split';
import { modelInput, toUnit } from './dataset/pixels';
import { LAB_DEFAULTS } from './defaults';
import { classWeightsFor, type ClassWeightMode } from './class-weights';
import { withShortcut, type Shortcut } from './dataset/shortcut';

export { gather, splitValidation, subset } from './dataset/split';
import {
	buildModel,
	compileModel,
	DEFAULT_ARCHITECTURE,
	DEFAULT_SIZE,
	type BuildOptions,
	type OptimizerName,
	type Tf
} from './model';
import type { Layer } from '$lib/math/architecture';

export interface TrainSettings {
	epochs: number;
	batchSize: number;
	learningRate: number;
	optimizer: OptimizerName;
	seed: number;
	augmentation: AugmentRanges;
	/** Stop when the validation loss has not improved for this many epochs; 0 = never. */
	patience: number;
	/**
	 * At the end, go back to the weights of the epoch with the lowest validation loss (Keras: a
	 * ModelCheckpoint with save_best_only), so one unlucky last step does not decide the model.
	 * Needs validation.
	 */
	restoreBest: boolean;
	/** Weigh each class's loss by n / (2·n_class) of the training images ('balanced'), or not. */
	classWeight: ClassWeightMode;
}

/** The lab's default augmentation (see defaults.ts). */
export const DEFAULT_AUGMENTATION: AugmentRanges = LAB_DEFAULTS.augmentation;

export const DEFAULT_SETTINGS: TrainSettings = {
	epochs: LAB_DEFAULTS.epochs,
	batchSize: LAB_DEFAULTS.batchSize,
	learningRate: LAB_DEFAULTS.learningRate,
	optimizer: LAB_DEFAULTS.optimizer,
	seed: LAB_DEFAULTS.seed,
	augmentation: DEFAULT_AUGMENTATION,
	patience: LAB_DEFAULTS.patience,
	restoreBest: LAB_DEFAULTS.restoreBest,
	classWeight: LAB_DEFAULTS.classWeight
};

export interface BatchLog {
	epoch: number; // 1-based
	batch: number; // 1-based
	batches: number;
	loss: number;
	accuracy: number;
}

export interface EpochLog {
	epoch: number;
	loss: number;
	accuracy: number;
	valLoss: number | undefined;
	valAccuracy: number | undefined;
	seconds: number;
	imagesPerSecond: number;
	/** tf.memory().numTensors after the epoch: must not grow. */
	numTensors: number;
}

export interface TrainHooks {
	onBatch?: (log: BatchLog) => void | Promise<void>;
	onEpoch?: (log: EpochLog) => void | Promise<void>;
	/** Asked between batches; may wait (pause). Returns false to stop. */
	proceed?: () => boolean | Promise<boolean>;
	now?: () => number;
}

/** How training ended ('loaded': a model was loaded from files, not trained here). */
export type TrainEnd = 'done' | 'stopped' | 'early-stopped' | 'loaded';

/**
 * P(defective) for every image of `ds`, in batches; no tensors left behind. With `tta`, each
 * image's score is the mean over its 8 exact symmetries (dihedral), test-time augmentation.
 */
export async function predictScores(
	tf: Tf,
	model: TF.LayersModel,
	ds: Dataset,
	batchSize = 64,
	tta = false
): Promise<Float32Array> {
	const scores = new Float32Array(ds.count);
	const n = ds.size * ds.size;
	const views = tta ? 8 : 1;
	for (let i = 0; i < ds.count; i += batchSize) {
		const m = Math.min(batchSize, ds.count - i);
		const unit = toUnit(ds.pixels.subarray(i * n, (i + m) * n));
		const sum = new Float32Array(m);
		for (let k = 0; k < views; k++) {
			const view = new Float32Array(m * n);
			for (let j = 0; j < m; j++)
				dihedral(unit.subarray(j * n, (j + 1) * n), ds.size, k, view.subarray(j * n));
			const x = tf.tensor4d(modelInput(view, n), [m, ds.size, ds.size, 1]);
			const y = model.predict(x) as TF.Tensor;
			const p = await y.data();
			for (let j = 0; j < m; j++) sum[j] += p[j] / views;
			x.dispose();
			y.dispose();
		}
		scores.set(sum, i);
	}
	return scores;
}

export interface TrainResult {
	history: EpochLog[];
	end: TrainEnd;
	/** The epoch (1-based) whose weights the model holds at the end. */
	keptEpoch: number;
}

/** Holds a copy of the weights of the best epoch so far (by validation loss). */
class BestWeights {
	private copy: TF.Tensor[] | null = null;
	epoch = 0;
	loss = Infinity;
	constructor(
		private readonly model: TF.LayersModel,
		private readonly keep: boolean
	) {}
	/** Record an epoch; true if its validation loss is a new best (by more than 1e-4). */
	offer(epoch: number, loss: number): boolean {
		if (!(loss < this.loss - 1e-4)) return false;
		this.loss = loss;
		this.epoch = epoch;
		if (this.keep) {
			this.copy?.forEach((t) => t.dispose());
			this.copy = this.model.getWeights().map((w) => w.clone());
		}
		return true;
	}
	/** Put the best weights back (when they are not the current ones); frees the copy. */
	restore(lastEpoch: number): number {
		const copy = this.copy;
		this.copy = null;
		if (!copy) return lastEpoch;
		if (this.epoch !== lastEpoch) this.model.setWeights(copy);
		copy.forEach((t) => t.dispose());
		return this.epoch;
	}
	dispose() {
		this.copy?.forEach((t) => t.dispose());
		this.copy = null;
	}
}

export async function trainModel(
	tf: Tf,
	model: TF.LayersModel,
	train: Dataset,
	val: Dataset | null,
	s: TrainSettings,
	hooks: TrainHooks = {}
): Promise<TrainResult> {
	const best = new BestWeights(model, s.restoreBest && val !== null && val.count > 0);
	try {
		const { history, end } = await epochs(tf, model, train, val, s, hooks, best);
		const last = history.at(-1)?.epoch ?? 0;
		return { history, end, keptEpoch: end === 'stopped' ? last : best.restore(last) };
	} finally {
		best.dispose();
	}
}

async function epochs(
	tf: Tf,
	model: TF.LayersModel,
	train: Dataset,
	val: Dataset | null,
	s: TrainSettings,
	hooks: TrainHooks,
	best: BestWeights
): Promise<{ history: EpochLog[]; end: TrainEnd }> {
	const now = hooks.now ?? (() => performance.now());
	const size = train.size;
	const history: EpochLog[] = [];
	const augRng = rng(s.seed * 7 + 3);
	const batches = Math.ceil(train.count / s.batchSize);
	const all = Array.from({ length: train.count }, (_, i) => i);
	let sinceBest = 0;
	for (let epoch = 1; epoch <= s.epochs; epoch++) {
		const order = shuffle(rng(s.seed * 7919 + epoch), all);
		const t0 = now();
		let lossSum = 0,
			accSum = 0,
			seen = 0;
		for (let b = 0; b < batches; b++) {
			if (hooks.proceed && !(await hooks.proceed())) return { history, end: 'stopped' };
			const idx = order.slice(b * s.batchSize, (b + 1) * s.batchSize);
			const pixels = gather(train, idx);
			augmentBatch(pixels, idx.length, size, s.augmentation ?? NO_AUGMENTATION, augRng);
			modelInput(pixels, size * size);
			const x = tf.tensor4d(pixels, [idx.length, size, size, 1]);
			const y = tf.tensor2d(
				idx.map((j) => train.labels[j]),
				[idx.length, 1]
			);
			const [loss, acc] = (await model.trainOnBatch(x, y)) as number[];
			x.dispose();
			y.dispose();
			lossSum += loss * idx.length;
			accSum += acc * idx.length;
			seen += idx.length;
			await hooks.onBatch?.({ epoch, batch: b + 1, batches, loss, accuracy: acc });
		}
		const seconds = (now() - t0) / 1000;
		let valLoss: number | undefined, valAccuracy: number | undefined;
		if (val && val.count > 0) {
			const scores = await predictScores(tf, model, val);
			valLoss = binaryCrossEntropy(scores, val.labels);
			valAccuracy = accuracyAt(scores, val.labels);
		}
		const improved = valLoss !== undefined && best.offer(epoch, valLoss);
		const log: EpochLog = {
			epoch,
			loss: lossSum / seen,
			accuracy: accSum / seen,
			valLoss,
			valAccuracy,
			seconds,
			imagesPerSecond: seconds > 0 ? seen / seconds : 0,
			numTensors: tf.memory().numTensors
		};
		history.push(log);
		await hooks.onEpoch?.(log);
		if (s.patience > 0 && valLoss !== undefined) {
			if (improved) sinceBest = 0;
			else if (++sinceBest >= s.patience) return { history, end: 'early-stopped' };
		}
	}
	return { history, end: 'done' };
}

/**
 * The whole default workflow in one call, for the bench and the accuracy measurement:
 * generate the built-in data, build and compile the default model, train, test.
 */
export async function trainDefault(
	tf: Tf,
	opts: {
		seed?: number;
		trainCount?: number;
		testCount?: number;
		size?: number;
		architecture?: Layer[];
		settings?: Partial<TrainSettings>;
		hooks?: TrainHooks;
		/** The shortcut experiment's mark on the defective training, validation and test images. */
		shortcut?: Shortcut;
		build?: BuildOptions;
	} = {}
) {
	const { generateDataset, testCountFor, TEST_SEED_OFFSET } = await import('./dataset/generate');
	const mark = (ds: Dataset) => withShortcut(ds, opts.shortcut ?? 'none');
	const size = opts.size ?? DEFAULT_SIZE;
	const seed = opts.seed ?? LAB_DEFAULTS.seed;
	const s = { ...DEFAULT_SETTINGS, seed, ...opts.settings };
	const trainCount = opts.trainCount ?? DEFAULT_COUNTS.train;
	const all = mark(generateDataset({ seed, count: trainCount, size }));
	const { train, val } = splitValidation(all, LAB_DEFAULTS.valSplit, seed);
	const test = mark(
		generateDataset({
			seed: seed + TEST_SEED_OFFSET,
			count: opts.testCount ?? testCountFor(trainCount),
			size
		})
	);
	const model = buildModel(tf, opts.architecture ?? DEFAULT_ARCHITECTURE, size, seed, opts.build);
	const weights = classWeightsFor(s.classWeight, train.labels);
	compileModel(tf, model, s.optimizer, s.learningRate, weights);
	const result = await trainModel(tf, model, train, val, s, opts.hooks);
	const scores = await predictScores(tf, model, test);
	return { model, ...result, testAccuracy: accuracyAt(scores, test.labels)!, scores, test };
}

/** The lab's default data set size (its test set has testCountFor(train) more images). */
export const DEFAULT_COUNTS = { train: LAB_DEFAULTS.count };
