// Class weights from the training counts, as Keras's `class_weight` is usually set (and as
// scikit-learn's compute_class_weight('balanced') computes it): w_c = n / (2 · n_c), so each class
// carries half of the loss however rare it is, and a data set with equal classes gets 1 and 1.
// The weighted loss is Keras's: each image's binary cross-entropy times its class's weight,
// averaged over the batch.
import type * as TF from '@tensorflow/tfjs';

export interface ClassWeights {
	/** Weight of an OK image (label 0). */
	ok: number;
	/** Weight of a defective image (label 1). */
	defective: number;
}

export const CLASS_WEIGHT_MODES = ['balanced', 'none'] as const;
export type ClassWeightMode = (typeof CLASS_WEIGHT_MODES)[number];

/** Balanced weights for these labels; null when a class has no image (no weight is defined). */
export function balancedClassWeights(labels: ArrayLike<number>): ClassWeights | null {
	let pos = 0;
	for (let i = 0; i < labels.length; i++) pos += labels[i] === 1 ? 1 : 0;
	return weightsFromCounts(labels.length, pos);
}

/** Balanced weights from a count of images and of defective ones among them. */
export function weightsFromCounts(count: number, defective: number): ClassWeights | null {
	const neg = count - defective;
	if (!(defective > 0 && neg > 0)) return null;
	return { ok: count / (2 * neg), defective: count / (2 * defective) };
}

/**
 * The class counts left for training after splitValidation (dataset/split.ts) holds out `share`
 * of each class: round(n_c · share) of each class go to validation.
 */
export function countsAfterHoldOut(count: number, defective: number, share: number) {
	const heldPos = Math.round(defective * share),
		heldNeg = Math.round((count - defective) * share);
	return { count: count - heldPos - heldNeg, defective: defective - heldPos };
}

/** The weights a mode gives for these labels: null = unweighted. */
export function classWeightsFor(mode: ClassWeightMode, labels: ArrayLike<number>): ClassWeights | null {
	return mode === 'balanced' ? balancedClassWeights(labels) : null;
}

/**
 * Weighted binary cross-entropy as a tfjs loss: mean over the batch of w(y)·BCE(y, p), with p
 * clipped to [1e-7, 1 − 1e-7] as tfjs and Keras clip it.
 */
export function weightedBce(tf: typeof TF, w: ClassWeights) {
	return (yTrue: TF.Tensor, yPred: TF.Tensor): TF.Scalar =>
		tf.tidy(() => {
			const eps = 1e-7;
			const p = tf.clipByValue(yPred, eps, 1 - eps);
			const one = tf.scalar(1);
			const bce = tf.neg(
				tf.add(tf.mul(yTrue, tf.log(p)), tf.mul(tf.sub(one, yTrue), tf.log(tf.sub(one, p))))
			);
			const sw = tf.add(tf.mul(yTrue, w.defective), tf.mul(tf.sub(one, yTrue), w.ok));
			return tf.mean(tf.mul(bce, sw)) as TF.Scalar;
		});
}
