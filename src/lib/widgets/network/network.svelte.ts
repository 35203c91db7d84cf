import { writeParams, type Values } from '$lib/embed/params';
import { bce, forward, loss, sse, type Activation, type Network, type OutputKind } from '$lib/math/nn';
import {
	checkNetwork,
	DEFAULT_NET,
	netValues,
	W_MAX,
	W_MIN,
	X_MAX,
	X_MIN
} from '../nn-common/network-params';
import { params } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export class NetworkState {
	net = $state<Network>(structuredClone(DEFAULT_NET));
	x = $state<number[]>([]);
	y = $state(params.y.default);
	/** Hidden neuron index, -1 for the output neuron, null for none. */
	selected = $state<number | null>(null);
	messages: string[];

	constructor(initial: Partial<Values<typeof params>> = {}) {
		const c = checkNetwork(initial);
		this.net = structuredClone(c.net);
		this.x = [...c.x];
		this.messages = c.messages;
		if (initial.y !== undefined) this.y = initial.y;
	}

	fwd = $derived(forward(this.net, this.x));
	loss = $derived(loss(this.net, this.fwd, this.y));
	/** The loss with the textbook formula (BCE of q, SSE of ŷ), shown in the explanation. */
	lossCheck = $derived(
		this.net.output === 'classification' ? bce(this.y, this.fwd.yhat) : sse(this.y, this.fwd.yhat)
	);
	query = $derived(writeParams(params, netValues(this.net, this.x, this.y)));

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
	setActivation(g: Activation) {
		this.net.hidden = g;
	}
	setOutput(o: OutputKind) {
		this.net.output = o;
		if (o === 'classification') this.y = this.y >= 0.5 ? 1 : 0;
	}
}
