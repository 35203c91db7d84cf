// The one-input linear model of the age-of-AI lesson: ŷ = w·x + b, its squared error, and the
// least-squares line.

export interface Point {
	x: number;
	y: number;
}

export function predict(w: number, b: number, x: number): number {
	return w * x + b;
}

/** Sum of squared errors with the course's ½: SSE = ½ Σ (y − ŷ)². */
export function halfSse(points: readonly Point[], w: number, b: number): number {
	let s = 0;
	for (const p of points) s += (p.y - predict(w, b, p.x)) ** 2;
	return s / 2;
}

/**
 * The line minimising Σ (y − w·x − b)²: w = cov(x, y) / var(x), b = ȳ − w·x̄.
 * Null when there is no line to fit (fewer than two distinct x values).
 */
export function leastSquares(points: readonly Point[]): { w: number; b: number } | null {
	const n = points.length;
	if (n < 2) return null;
	const mx = points.reduce((s, p) => s + p.x, 0) / n;
	const my = points.reduce((s, p) => s + p.y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	for (const p of points) {
		sxy += (p.x - mx) * (p.y - my);
		sxx += (p.x - mx) ** 2;
	}
	if (sxx === 0) return null;
	const w = sxy / sxx;
	return { w, b: my - w * mx };
}
