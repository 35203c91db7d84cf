// A learning rate on a log-scale slider: the slider moves the exponent, and the rate it gives is
// rounded to 3 significant digits (so links stay short and readable) inside the parameter's range.
import type { RangeParam } from '$lib/embed/params';

/** The rate the slider at `exponent` (log10 of the rate) stands for. */
export function rateAt(exponent: number, param: Pick<RangeParam, 'min' | 'max'>): number {
	return Math.min(param.max, Math.max(param.min, Number((10 ** exponent).toPrecision(3))));
}
