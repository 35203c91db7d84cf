import type { Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { ENVIRONMENTS, type EnvId } from './data';
import { params } from './params';

export class EnvironmentState extends ParamState(params, ['env']) {
	selected = $state<EnvId>(params.env.default);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		if (initial.env) this.selected = initial.env;
	}

	env = $derived(ENVIRONMENTS[this.selected]);

	override paramValues() {
		return { env: this.selected };
	}
}
