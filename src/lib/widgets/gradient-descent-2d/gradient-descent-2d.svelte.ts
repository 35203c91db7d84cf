import { writeParams, type Values } from '$lib/embed/params';
import { LOSS_2D, run2D, type Fn2D } from '$lib/math/gd';
import { LR_MAX, LR_MIN, P_MAX, P_MIN, STEPS_MAX, params } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export class Descent2DState {
	fn = $state<Fn2D>(params.fn.default);
	lr = $state(params.lr.default);
	x0 = $state(params.x0.default);
	y0 = $state(params.y0.default);
	steps = $state(params.steps.default);
	momentum = $state(params.momentum.default);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		for (const k of ['fn', 'lr', 'x0', 'y0', 'steps', 'momentum'] as const) {
			const v = initial[k];
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			if (v !== undefined) (this as any)[k] = v;
		}
	}

	loss = $derived(LOSS_2D[this.fn]);
	run = $derived(run2D(this.loss, this.lr, [this.x0, this.y0], this.steps, this.momentum));
	point = $derived(this.run.path[this.run.path.length - 1]);
	done = $derived(this.run.status !== 'running' || this.steps >= STEPS_MAX);
	query = $derived(
		writeParams(params, {
			fn: this.fn,
			lr: this.lr,
			x0: this.x0,
			y0: this.y0,
			steps: this.steps,
			momentum: this.momentum
		})
	);

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
