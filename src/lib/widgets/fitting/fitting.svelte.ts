import { ParamState } from '$lib/embed/state.svelte';
import { t } from '$lib/i18n';
import { errorsByDegree, fitUpTo, fittingData, fitVerdict, mse, validationMinimum } from '$lib/math/polyfit';
import { MAX_DEGREE, N_VALIDATION, params } from './params';

export class FittingState extends ParamState(params) {
	/** A polynomial of degree d needs d + 1 points: the highest degree these points allow. */
	maxDegree = $derived(Math.min(MAX_DEGREE, this.n - 1));
	data = $derived(fittingData(this.seed, this.n, N_VALIDATION, this.noise));
	fit = $derived(fitUpTo(this.data.train.xs, this.data.train.ys, Math.min(this.degree, this.maxDegree)));
	/** The degree actually fitted (the chosen one, capped by what the points allow). */
	used = $derived(this.fit.degree);
	coeffs = $derived(this.fit.coeffs);
	note = $derived(
		this.used < this.degree ? t('fit.capped', { degree: this.degree, n: this.n, used: this.used }) : ''
	);
	trainError = $derived(mse(this.coeffs, this.data.train.xs, this.data.train.ys));
	validationError = $derived(mse(this.coeffs, this.data.validation.xs, this.data.validation.ys));
	curve = $derived(errorsByDegree(this.data, this.maxDegree));
	/** The verdict from the validation curve over degrees (the rule in lesson 9). */
	verdict = $derived(fitVerdict(this.curve, this.used));
	best = $derived(validationMinimum(this.curve));

	setDegree(d: number) {
		this.degree = Math.max(0, Math.min(this.maxDegree, Math.round(d)));
	}
	newPoints() {
		this.seed = (this.seed + 1) % 100000;
	}
}
