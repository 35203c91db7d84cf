import { writeParams, type Values } from '$lib/embed/params';
import { activate, activationDerivative, ACTIVATIONS, type Activation } from '$lib/math/nn';
import { params, Z_MAX, Z_MIN } from './params';

export class ActivationState {
	fn = $state<Activation>(params.fn.default);
	z = $state(params.z.default);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		if (initial.fn !== undefined) this.fn = initial.fn;
		if (initial.z !== undefined) this.z = initial.z;
	}

	value = $derived(activate(this.fn, this.z));
	slope = $derived(activationDerivative(this.fn, this.z));
	all = $derived(
		ACTIVATIONS.map((g) => ({ g, value: activate(g, this.z), slope: activationDerivative(g, this.z) }))
	);
	query = $derived(writeParams(params, { fn: this.fn, z: this.z }));

	setZ(z: number) {
		this.z = Math.min(Z_MAX, Math.max(Z_MIN, Math.round(z * 100) / 100));
	}
}
