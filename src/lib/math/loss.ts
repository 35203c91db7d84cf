// Loss and accuracy of predicted probabilities against 0/1 labels, as Keras reports them during
// training: mean binary cross-entropy (probabilities clipped to [ε, 1 − ε], ε = 1e-7) and the
// share of predictions on the right side of a threshold (positive when score ≥ threshold).

export const EPSILON = 1e-7;

export function binaryCrossEntropy(scores: ArrayLike<number>, labels: ArrayLike<number>): number | undefined {
	if (scores.length !== labels.length || scores.length === 0) return undefined;
	let sum = 0;
	for (let i = 0; i < scores.length; i++) {
		const p = Math.min(1 - EPSILON, Math.max(EPSILON, scores[i]));
		sum += labels[i] ? -Math.log(p) : -Math.log(1 - p);
	}
	return sum / scores.length;
}

export function accuracyAt(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	threshold = 0.5
): number | undefined {
	if (scores.length !== labels.length || scores.length === 0) return undefined;
	let right = 0;
	for (let i = 0; i < scores.length; i++)
		if ((scores[i] >= threshold ? 1 : 0) === (labels[i] ? 1 : 0)) right++;
	return right / scores.length;
}
