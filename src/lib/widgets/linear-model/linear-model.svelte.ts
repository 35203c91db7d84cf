import { writeParams, type Values } from '$lib/embed/params';
import { linearPredict } from '$lib/math/linear';
import { params } from './params';

export class LinearModelState {
	w = $state(params.w.default);
	b = $state(params.b.default);
	x = $state(params.x.default);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		if (initial.w !== undefined) this.w = initial.w;
		if (initial.b !== undefined) this.b = initial.b;
		if (initial.x !== undefined) this.x = initial.x;
	}

	yHat = $derived(linearPredict([this.w], [this.x], this.b));
	query = $derived(writeParams(params, { w: this.w, b: this.b, x: this.x }));
}
