import { ParamState } from '$lib/embed/state.svelte';
import { DIVERGE_LIMIT } from '$lib/math/gd';
import { adamPath, divergedAt, gdPath, lineGrad, momentumPath, sgdLineRun } from '$lib/math/optimizers';
import { params, POINTS } from './params';

export const RUNS = ['gd', 'sgd', 'momentum', 'adam'] as const;
export type Run = (typeof RUNS)[number];

/** ½·mean((w·x + b − y)²) over the points: the loss every run is measured on. */
export function lineLoss(w: number, b: number): number {
	let s = 0;
	for (const { x, y } of POINTS) s += (w * x + b - y) ** 2;
	return s / (2 * POINTS.length);
}

export interface LineTrack {
	path: number[][];
	losses: number[];
	diverged: number | null;
}

const START = [0, 0];

export class MinibatchState extends ParamState(params) {
	sgd = $derived(sgdLineRun(POINTS, START, this.lr, this.batch, this.steps, this.seed));
	tracks = $derived.by((): Record<Run, LineTrack> => {
		const grad = lineGrad(POINTS);
		const paths: Record<Run, number[][]> = {
			gd: gdPath(grad, START, this.lr, this.steps),
			sgd: this.sgd.path,
			momentum: momentumPath(grad, START, this.lr, this.momentum, this.steps),
			adam: adamPath(
				grad,
				START,
				this.lr,
				{ beta1: this.beta1, beta2: this.beta2, eps: this.eps },
				this.steps
			)
		};
		const out = {} as Record<Run, LineTrack>;
		for (const r of RUNS) {
			const path = paths[r];
			const diverged = divergedAt(path, DIVERGE_LIMIT);
			out[r] = { path, losses: path.map(([w, b]) => lineLoss(w, b)), diverged };
		}
		return out;
	});
}
