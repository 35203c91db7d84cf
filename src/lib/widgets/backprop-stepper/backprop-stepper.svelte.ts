import { echo, type Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { applyGradients, backprop, forward, loss, type Network } from '$lib/math/nn';
import {
	checkNetwork,
	DEFAULT_NET,
	NETWORK_KEYS,
	netValues,
	X_MAX,
	X_MIN
} from '../nn-common/network-params';
import { t } from '$lib/i18n';
import { parseParam } from '$lib/math/nudge';
import { params, paramNames, STAGES } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export class BackpropState extends ParamState(params, [...NETWORK_KEYS, 'nudge']) {
	net = $state<Network>(structuredClone(DEFAULT_NET));
	x = $state<number[]>([]);
	y = $state(params.y.default);
	/** How many times "apply and start again" has been pressed (a training step counter). */
	round = $state(0);
	/** The parameter the gradient check nudges (its step `h` is a plain table field). */
	nudge = $state(params.nudge.default);
	messages: string[];

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		const c = checkNetwork(initial);
		this.net = structuredClone(c.net);
		this.x = [...c.x];
		this.messages = c.messages;
		this.y = c.y;
		if (initial.nudge !== undefined) {
			if (parseParam(initial.nudge, this.net)) this.nudge = initial.nudge;
			else
				this.messages = [
					...this.messages,
					t('bp.nudge.unknown', { value: echo(initial.nudge), names: paramNames(this.net).join(', ') })
				];
		}
	}

	fwd = $derived(forward(this.net, this.x));
	loss = $derived(loss(this.net, this.fwd, this.y));
	grads = $derived(backprop(this.net, this.fwd, this.y));
	next = $derived(applyGradients(this.net, this.grads, this.lr));
	nextLoss = $derived(loss(this.next, forward(this.next, this.x), this.y));

	override paramValues() {
		return {
			...netValues(this.net, this.x, this.y),
			lr: this.lr,
			stage: this.stage,
			nudge: this.nudge,
			h: this.h
		};
	}

	forwardStep() {
		this.stage = Math.min(STAGES - 1, this.stage + 1);
	}
	backStep() {
		this.stage = Math.max(0, this.stage - 1);
	}
	/** Keep the updated weights and start the next example pass from the forward pass. */
	applyAndRestart() {
		this.net = structuredClone($state.snapshot(this.next));
		this.stage = 0;
		this.round++;
	}
	setX(i: number, v: number) {
		this.x[i] = clamp(v, X_MIN, X_MAX);
	}
}
