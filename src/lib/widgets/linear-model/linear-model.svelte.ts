import { writeParams, type Values } from '$lib/embed/params';
import { halfSse, leastSquares, predict } from '$lib/math/linear';
import { pastDays } from './data';
import { params } from './params';

type P = Values<typeof params>;

export class LinearModelState {
	mode = $state<P['mode']>(params.mode.default);
	w = $state(params.w.default);
	b = $state(params.b.default);
	x = $state(params.x.default);
	cutoff = $state(params.cutoff.default);
	seed = $state(params.seed.default);

	constructor(initial: Partial<P> = {}) {
		Object.assign(this, initial);
	}

	days = $derived(pastDays(this.seed));
	prediction = $derived(predict(this.w, this.b, this.x));
	sse = $derived(halfSse(this.days, this.w, this.b));
	predictedHot = $derived(this.prediction >= this.cutoff);
	/** Share of past days whose class (hot if ≥ cutoff) the model gets right. */
	accuracy = $derived(
		this.days.filter((d) => predict(this.w, this.b, d.x) >= this.cutoff === d.y >= this.cutoff).length /
			this.days.length
	);
	query = $derived(
		writeParams(params, {
			mode: this.mode,
			w: this.w,
			b: this.b,
			x: this.x,
			cutoff: this.cutoff,
			seed: this.seed
		})
	);

	fit() {
		const best = leastSquares(this.days);
		if (!best) return;
		this.w = params.w.clamp(best.w);
		this.b = params.b.clamp(best.b);
	}
}
