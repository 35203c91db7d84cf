/**
 * The kernels the pool (kernel-pool.ts) can split across threads, by name, so that a helper
 * worker, which receives only plain data, can run a range of one. Each job has `units` (how many
 * pieces of work, each writing its own disjoint part of the output), `run` over units
 * [from, to) and, where the output accumulates, `prepare` (zero it, once, before any range runs).
 * Running all units in one range is exactly the single-thread kernel.
 */
import { im2colTRange, im2colTUnits, nhwcToCHWB, swapOuterAxes, type ConvGeometry } from './im2col';
import { avgPoolGradRange, maxPoolGradRange, poolGradUnits, type PoolGeometry } from './pool-grad';

interface Job<G> {
	units(g: G): number;
	run(g: G, a: Float32Array[], from: number, to: number): void;
	prepare?(g: G, a: Float32Array[]): void;
}

type Layout = { B: number; hw: number; C: number };
type Taps = { C: number; taps: number; O: number };

const jobs = {
	/** arrays: x, dy, dx */
	maxPoolGrad: {
		units: poolGradUnits,
		run: (g, [x, dy, dx], from, to) => maxPoolGradRange(x, dy, dx, g, from, to),
		prepare: (_g, a) => a[2].fill(0)
	} satisfies Job<PoolGeometry>,
	/** arrays: dy, dx */
	avgPoolGrad: {
		units: poolGradUnits,
		run: (g, [dy, dx], from, to) => avgPoolGradRange(dy, dx, g, from, to),
		prepare: (_g, a) => a[1].fill(0)
	} satisfies Job<PoolGeometry>,
	/** arrays: x, col */
	im2colT: {
		units: im2colTUnits,
		run: (g, [x, col], from, to) => im2colTRange(x, col, g, from, to)
	} satisfies Job<ConvGeometry>,
	/** arrays: src, dst */
	nhwcToCHWB: {
		units: (g) => g.B,
		run: (g, [src, dst], from, to) => nhwcToCHWB(src, dst, g, from, to)
	} satisfies Job<Layout>,
	/** arrays: src, dst */
	nhwcToHWBC: {
		units: (g) => g.B,
		run: (g, [src, dst], from, to) => swapOuterAxes(src, dst, g.B, g.hw, g.C, from, to)
	} satisfies Job<Layout>,
	/** arrays: src, dst */
	ctoToTco: {
		units: (g) => g.C,
		run: (g, [src, dst], from, to) => swapOuterAxes(src, dst, g.C, g.taps, g.O, from, to)
	} satisfies Job<Taps>
};

export type Jobs = typeof jobs;
export type JobKind = keyof Jobs;
export type GeometryOf<K extends JobKind> = Parameters<Jobs[K]['units']>[0];

function job(kind: string): Job<unknown> {
	const j = (jobs as Record<string, Job<unknown>>)[kind];
	if (!j) throw new Error(`unknown kernel job ${kind}`);
	return j;
}

export function jobUnits(kind: string, g: unknown): number {
	return job(kind).units(g);
}

export function prepareJob(kind: string, g: unknown, arrays: Float32Array[]): void {
	job(kind).prepare?.(g, arrays);
}

export function runJobRange(
	kind: string,
	g: unknown,
	arrays: Float32Array[],
	from: number,
	to: number
): void {
	job(kind).run(g, arrays, from, to);
}

/** The whole kernel on this thread. */
export function runJobSingle(kind: string, g: unknown, arrays: Float32Array[]): void {
	prepareJob(kind, g, arrays);
	runJobRange(kind, g, arrays, 0, jobUnits(kind, g));
}

/**
 * Split [0, total) into at most `parts` contiguous ranges of sizes differing by at most one
 * (the first ones larger); fewer when there are fewer units than parts.
 */
export function splitRange(total: number, parts: number): [number, number][] {
	const n = Math.max(1, Math.min(parts, total));
	const out: [number, number][] = [];
	const base = Math.floor(total / n);
	const extra = total - base * n;
	let at = 0;
	for (let i = 0; i < n; i++) {
		const len = base + (i < extra ? 1 : 0);
		out.push([at, at + len]);
		at += len;
	}
	return out;
}
