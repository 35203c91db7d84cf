import { ParamState } from '$lib/embed/state.svelte';
import { LOSS_1D, run1D, type Fn1D } from '$lib/math/gd';
import { LR_MAX, LR_MIN, STEPS_MAX, X0_MAX, X0_MIN, params } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export class GradientDescentState extends ParamState(params) {
	loss = $derived(LOSS_1D[this.fn]);
	run = $derived(run1D(this.loss, this.lr, this.x0, this.steps, this.momentum));
	/** True once the run stopped early or would stop at the next step. */
	done = $derived(this.run.status !== 'running' || this.steps >= STEPS_MAX);

	step(n = 1) {
		if (this.run.status !== 'running') return;
		this.steps = clamp(this.steps + n, 0, STEPS_MAX);
	}
	back() {
		this.steps = Math.max(0, Math.min(this.steps, this.run.updates) - 1);
	}
	reset() {
		this.steps = 0;
	}
	setX0(x: number) {
		this.x0 = clamp(Math.round(x * 100) / 100, X0_MIN, X0_MAX);
		this.steps = 0;
	}
	setLr(lr: number) {
		this.lr = clamp(lr, LR_MIN, LR_MAX);
	}
	setFn(fn: Fn1D) {
		this.fn = fn;
		this.steps = 0;
	}
}
