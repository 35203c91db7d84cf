// A linear model: ŷ = w · x + b (one weight per input feature, one bias).

/** Dot product of two equal-length vectors. */
export function dot(a: readonly number[], b: readonly number[]): number {
	if (a.length !== b.length) throw new RangeError(`dot: lengths ${a.length} and ${b.length} differ`);
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
}

/** ŷ = Σ wᵢ·xᵢ + b. */
export function linearPredict(w: readonly number[], x: readonly number[], b: number): number {
	return dot(w, x) + b;
}

/** The input x at which a one-feature model w·x + b predicts y (null when w = 0: no single x). */
export function solveForX(w: number, b: number, y: number): number | null {
	return w === 0 ? null : (y - b) / w;
}
