import { ParamState } from '$lib/embed/state.svelte';
import { activate, activationDerivative, ACTIVATIONS } from '$lib/math/nn';
import { params } from './params';

export class ActivationState extends ParamState(params) {
	value = $derived(activate(this.fn, this.z));
	slope = $derived(activationDerivative(this.fn, this.z));
	all = $derived(
		ACTIVATIONS.map((g) => ({ g, value: activate(g, this.z), slope: activationDerivative(g, this.z) }))
	);

	setZ(z: number) {
		this.z = params.z.clamp(Math.round(z * 100) / 100);
	}
}
