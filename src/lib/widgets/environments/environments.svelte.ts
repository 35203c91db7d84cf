import { writeParams, type Values } from '$lib/embed/params';
import { ENVIRONMENTS, type EnvId } from './data';
import { params } from './params';

export class EnvironmentState {
	selected = $state<EnvId>(params.env.default);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		if (initial.env) this.selected = initial.env;
	}

	env = $derived(ENVIRONMENTS[this.selected]);
	query = $derived(writeParams(params, { env: this.selected }));
}
