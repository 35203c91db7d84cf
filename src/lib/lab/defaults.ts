// The lab's defaults, in one place: the URL table (widgets/training-lab/params.ts), the training
// settings (train.ts), the model's input size (model.ts), the worker's hold-out and the page's
// state all read them from here, so a change of default is one edit.
import type { AugmentRanges } from '$lib/math/augment';
import type { OptimizerName } from './model';
import type { ClassWeightMode } from './class-weights';

export type InputNorm = 'none' | 'per-image';

/**
 * The default augmentation: flips both ways only (exact, no blur of the few pixels a small pit
 * covers). Rotations, shifts, zoom and shear slowed learning on the 64×64 built-in data. Quarter
 * turns (with the flips, the 8 exact symmetries) stay off: they raised the cross-validated ROC-AUC
 * on the 131 real photos (0.745 → 0.807) but lowered the built-in test accuracy at seed 1 (0.859 →
 * 0.829) and the built-in model's real ROC-AUC (0.870 → 0.763); README, "Small real data sets".
 */
const AUGMENTATION: AugmentRanges = {
	flipH: true,
	flipV: true,
	rotate: 0,
	shiftX: 0,
	shiftY: 0,
	zoom: 0,
	shear: 0,
	quarterTurn: false
};

export const LAB_DEFAULTS = {
	epochs: 16,
	batchSize: 16,
	learningRate: 0.003,
	optimizer: 'adam' as OptimizerName,
	seed: 1,
	/**
	 * Input size in pixels (images are size×size, grayscale). 96, not 64: defects a few pixels of a
	 * 300 px photo wide mostly vanish at 64 (README, "Training the default model").
	 */
	size: 96,
	/** Built-in training images (testCountFor(count) more, from another seed, are the test set). */
	count: 1500,
	/** Share of the training images held out (stratified) as validation data. */
	valSplit: 0.2,
	/** Share held out as the test set when an uploaded data set has no train/test folders. */
	testShare: 0.2,
	augmentation: AUGMENTATION,
	patience: 0,
	restoreBest: true,
	/**
	 * What the model sees: each image standardised on its own ('per-image': minus its mean, over its
	 * standard deviation, Keras's samplewise_center + samplewise_std_normalization), or the grey
	 * values in 0…1 ('none'). See src/lib/math/standardise.ts and modelInput in dataset/pixels.ts.
	 * Measured (README, "Training the default model"): it helps at 64 px (0.744 → 0.819), not at
	 * 96 px (0.859 → 0.861, real ROC-AUC 0.870 → 0.828), so it stays off; NORM=per-image measures it.
	 */
	inputNorm: 'none' as InputNorm,
	/** Keras class_weight from the training counts ('balanced') or none (see class-weights.ts). */
	classWeight: 'none' as ClassWeightMode
} as const;
