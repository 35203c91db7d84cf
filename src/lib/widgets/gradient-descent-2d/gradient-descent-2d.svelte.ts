import { ParamState } from '$lib/embed/state.svelte';
import { LOSS_2D, run2D } from '$lib/math/gd';
import { LR_MAX, LR_MIN, P_MAX, P_MIN, STEPS_MAX, params } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export class Descent2DState extends ParamState(params) {
	loss = $derived(LOSS_2D[this.fn]);
	run = $derived(run2D(this.loss, this.lr, [this.x0, this.y0], this.steps, this.momentum));
	point = $derived(this.run.path[this.run.path.length - 1]);
	done = $derived(this.run.status !== 'running' || this.steps >= STEPS_MAX);

	step(n = 1) {
		if (this.run.status === 'running') this.steps = clamp(this.steps + n, 0, STEPS_MAX);
	}
	back() {
		this.steps = Math.max(0, Math.min(this.steps, this.run.updates) - 1);
	}
	setStart(x: number, y: number) {
		this.x0 = clamp(Math.round(x * 100) / 100, P_MIN, P_MAX);
		this.y0 = clamp(Math.round(y * 100) / 100, P_MIN, P_MAX);
		this.steps = 0;
	}
	setLr(lr: number) {
		this.lr = clamp(lr, LR_MIN, LR_MAX);
	}
}
