import type { Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { rng, uniform } from '$lib/math/rng';
import { bce, forward, loss, sse, type Activation, type Network, type OutputKind } from '$lib/math/nn';
import {
	checkNetwork,
	DEFAULT_NET,
	NETWORK_KEYS,
	netValues,
	W_MAX,
	W_MIN,
	X_MAX,
	X_MIN
} from '../nn-common/network-params';
import { params } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export class NetworkState extends ParamState(params, NETWORK_KEYS) {
	net = $state<Network>(structuredClone(DEFAULT_NET));
	x = $state<number[]>([]);
	y = $state(params.y.default);
	/** Hidden neuron index, -1 for the output neuron, null for none. */
	selected = $state<number | null>(null);
	messages: string[];

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		const c = checkNetwork(initial);
		this.net = structuredClone(c.net);
		this.x = [...c.x];
		this.messages = c.messages;
		this.y = c.y;
	}

	fwd = $derived(forward(this.net, this.x));
	loss = $derived(loss(this.net, this.fwd, this.y));
	/** The loss with the textbook formula (BCE of q, SSE of ŷ), shown in the explanation. */
	lossCheck = $derived(
		this.net.output === 'classification' ? bce(this.y, this.fwd.yhat) : sse(this.y, this.fwd.yhat)
	);

	override paramValues() {
		return netValues(this.net, this.x, this.y);
	}

	setX(i: number, v: number) {
		this.x[i] = clamp(v, X_MIN, X_MAX);
	}
	setW1(j: number, i: number, v: number) {
		this.net.w1[j][i] = clamp(v, W_MIN, W_MAX);
	}
	setB1(j: number, v: number) {
		this.net.b1[j] = clamp(v, W_MIN, W_MAX);
	}
	setW2(j: number, v: number) {
		this.net.w2[j] = clamp(v, W_MIN, W_MAX);
	}
	setB2(v: number) {
		this.net.b2 = clamp(v, W_MIN, W_MAX);
	}
	/** A seeded starting weight in −1…1 (one decimal), so a grown network repeats exactly. */
	private fresh(seed: number): number {
		return Math.round(uniform(rng(seed), -1, 1) * 10) / 10;
	}
	get inputs() {
		return this.x.length;
	}
	get hiddenCount() {
		return this.net.w1.length;
	}
	addHidden() {
		const h = this.hiddenCount;
		if (h >= 4) return;
		this.net.w1.push(this.x.map((_, i) => this.fresh(100 + 10 * h + i)));
		this.net.b1.push(0);
		this.net.w2.push(this.fresh(200 + h));
	}
	removeHidden() {
		if (this.hiddenCount <= 2) return;
		this.net.w1.pop();
		this.net.b1.pop();
		this.net.w2.pop();
		if (this.selected !== null && this.selected >= this.hiddenCount) this.selected = null;
	}
	addInput() {
		const n = this.inputs;
		if (n >= 3) return;
		this.x.push(1);
		this.net.w1.forEach((row, j) => row.push(this.fresh(300 + 10 * j + n)));
	}
	removeInput() {
		if (this.inputs <= 2) return;
		this.x.pop();
		this.net.w1.forEach((row) => row.pop());
	}
	setActivation(g: Activation) {
		this.net.hidden = g;
	}
	setOutput(o: OutputKind) {
		this.net.output = o;
		if (o === 'classification') this.y = this.y >= 0.5 ? 1 : 0;
	}
}
