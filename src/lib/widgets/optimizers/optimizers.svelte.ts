import { ParamState } from '$lib/embed/state.svelte';
import { DIVERGE_LIMIT, LOSS_2D } from '$lib/math/gd';
import { adamPath, divergedAt, gdPath, momentumPath, type Grad } from '$lib/math/optimizers';
import { params, STEPS_MAX } from './params';

export const OPTIMIZERS = ['gd', 'momentum', 'adam'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

export interface Track {
	path: number[][];
	losses: number[];
	/** The step where it left ±1e6 (then the readouts are undefined), or null. */
	diverged: number | null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export class OptimizersState extends ParamState(params) {
	loss = $derived(LOSS_2D[this.fn]);
	grad: Grad = $derived(
		(
			(fn) => (p: readonly number[]) =>
				fn.grad(p[0], p[1]) as number[]
		)(this.loss)
	);
	tracks = $derived.by((): Record<Optimizer, Track> => {
		const p0 = [this.x0, this.y0];
		const paths: Record<Optimizer, number[][]> = {
			gd: gdPath(this.grad, p0, this.lr, this.steps),
			momentum: momentumPath(this.grad, p0, this.lr, this.momentum, this.steps),
			adam: adamPath(
				this.grad,
				p0,
				this.lr,
				{ beta1: this.beta1, beta2: this.beta2, eps: this.eps },
				this.steps
			)
		};
		const out = {} as Record<Optimizer, Track>;
		for (const o of OPTIMIZERS) {
			const path = paths[o];
			out[o] = {
				path,
				losses: path.map((p) => this.loss.f(p[0], p[1])),
				diverged: divergedAt(path, DIVERGE_LIMIT)
			};
		}
		return out;
	});
	step(n = 1) {
		this.steps = clamp(this.steps + n, 0, STEPS_MAX);
	}
	setStart(x: number, y: number) {
		this.x0 = clamp(Math.round(x * 100) / 100, params.x0.min, params.x0.max);
		this.y0 = clamp(Math.round(y * 100) / 100, params.y0.min, params.y0.max);
	}
}
