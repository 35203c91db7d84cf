import { ParamState } from '$lib/embed/state.svelte';
import { halfSse, leastSquares, predict } from '$lib/math/linear';
import { pastDays } from './data';
import { params } from './params';

export class LinearModelState extends ParamState(params) {
	days = $derived(pastDays(this.seed));
	prediction = $derived(predict(this.w, this.b, this.x));
	sse = $derived(halfSse(this.days, this.w, this.b));
	predictedHot = $derived(this.prediction >= this.cutoff);
	/** Share of past days whose class (hot if ≥ cutoff) the model gets right. */
	accuracy = $derived(
		this.days.filter((d) => predict(this.w, this.b, d.x) >= this.cutoff === d.y >= this.cutoff).length /
			this.days.length
	);

	fit() {
		const best = leastSquares(this.days);
		if (!best) return;
		this.w = params.w.clamp(best.w);
		this.b = params.b.clamp(best.b);
	}
}
