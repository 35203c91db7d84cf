/**
 * Helpers for the kernel pool's tests: helper workers faked in this process (ok, throwing,
 * hanging, silent or never starting), shared arrays filled from a seed, and a job run on a pool
 * and alone to compare bit for bit.
 */
import { claim, DONE, helperHandler, type ToHelper } from './kernel-helper';
import { runJobRange, runJobSingle, type GeometryOf, type JobKind } from './kernel-jobs';
import { KernelPool, type HelperPort } from './kernel-pool';
import type { PoolGeometry } from './pool-grad';

export type Mode = 'ok' | 'throw' | 'hang' | 'silent' | 'no-start';

/**
 * Helper workers in this process: the real message handler, but a posted job waits in a queue
 * and runs (claiming every chunk still unclaimed) at a random moment: at once when posted,
 * between two of the caller's chunks, or only when the caller blocks on its counter. So any
 * thread may run any chunk.
 */
export class Helpers {
	queue: (() => void)[] = [];
	spawned: FakeHelper[] = [];
	clock = 0;
	constructor(
		private modes: Mode[],
		readonly random: () => number
	) {}
	spawn = (i: number): HelperPort => {
		const h = new FakeHelper(this, this.modes[(i - 1) % this.modes.length]);
		this.spawned.push(h);
		return h;
	};
	/** Run what is queued, in a shuffled order. */
	drain = () => {
		const q = this.queue.splice(0);
		for (let i = q.length - 1; i > 0; i--) {
			const j = Math.floor(this.random() * (i + 1));
			[q[i], q[j]] = [q[j], q[i]];
		}
		for (const run of q) run();
		return q.length;
	};
	between = () => {
		if (this.random() < 0.4) this.drain();
	};
	/** The pool's Atomics.wait: run what is queued; with nothing left to run, time passes. */
	wait = (_c: Int32Array, _i: number, _v: number, ms: number) => {
		if (this.drain() === 0) this.clock += ms;
	};
	now = () => this.clock;
	/** The job's arrays, as the helpers see them (the buffers they were sent). */
	buffers = new Map<number, SharedArrayBuffer>();
	views = (m: Extract<ToHelper, { type: 'job' }>) =>
		m.arrays.map(([id, o, l]) => new Float32Array(this.buffers.get(id)!, o, l));
}

class FakeHelper implements HelperPort {
	private handle = helperHandler();
	private control: Int32Array | null = null;
	dead = false;
	jobs = 0;
	constructor(
		private owner: Helpers,
		private mode: Mode
	) {}
	postMessage(m: ToHelper): void {
		if (this.dead) return;
		if (m.type === 'init') {
			if (this.mode === 'no-start') return;
			this.control = new Int32Array(m.control);
		}
		if (m.type === 'buffer') this.owner.buffers.set(m.id, m.buffer);
		if (m.type !== 'job') return this.handle(m);
		this.jobs++;
		if (this.mode === 'silent') return;
		if (this.mode === 'hang') {
			// claims a chunk, then never finishes it
			claim(this.control!, m.seq, m.chunks.length);
			return;
		}
		// A helper that fails: its job names a buffer it was never sent, so the handler throws.
		const job: ToHelper =
			this.mode === 'throw' ? { ...m, arrays: m.arrays.map(([, o, l]) => [-1, o, l]) } : m;
		const run = () => this.handle(job);
		if (this.mode === 'ok' && this.owner.random() < 0.5) {
			// Claim a chunk now but run it only later, after chunks with higher numbers: a thread
			// that is descheduled mid-chunk. Shows any dependence on the order chunks finish in.
			const k = claim(this.control!, m.seq, m.chunks.length);
			if (k >= 0)
				this.owner.queue.push(() => {
					const arrays = this.owner.views(m);
					runJobRange(m.kind, m.g, arrays, m.chunks[k][0], m.chunks[k][1]);
					Atomics.add(this.control!, DONE, 1);
				});
		}
		if (this.owner.random() < 0.3) run();
		else this.owner.queue.push(run);
	}
	terminate(): void {
		this.dead = true;
	}
}

export function pool(threads: number, helpers: Helpers, timeoutMs = 1000): KernelPool {
	return new KernelPool({
		threads,
		spawn: helpers.spawn,
		wait: helpers.wait,
		now: helpers.now,
		between: helpers.between,
		timeoutMs
	});
}

/** A Float32Array on shared memory, filled from the seed (with ties, as after a ReLU). */
export function shared(n: number, seed: number, ties = true): Float32Array {
	const a = new Float32Array(new SharedArrayBuffer(Math.max(1, n) * 4), 0, n);
	let s = seed >>> 0 || 1;
	for (let i = 0; i < n; i++) {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		const u = s / 2 ** 32;
		a[i] = ties ? Math.round((u * 2 - 1) * 3) : u * 2 - 1;
	}
	return a;
}

export const bits = (a: Float32Array) => new Uint32Array(a.buffer, a.byteOffset, a.length);

/** The first index where the two differ bit for bit (-1: identical; NaN counts as different from anything but the same NaN). */
export function firstDiff(a: Uint32Array[], b: Uint32Array[]): number {
	for (let k = 0; k < a.length; k++) {
		if (a[k].length !== b[k].length) return 0;
		for (let i = 0; i < a[k].length; i++) if (a[k][i] !== b[k][i]) return i;
	}
	return -1;
}

/** Runs the job on a pool of `threads` and alone on fresh copies; both outputs, bit for bit. */
export function compare<K extends JobKind>(
	kind: K,
	g: GeometryOf<K>,
	sizes: number[],
	outputs: number[],
	threads: number,
	seed: number
) {
	const make = () => sizes.map((n, i) => shared(n, seed + 17 * i, i === 0));
	const one = make();
	runJobSingle(kind, g, one);
	const many = make();
	// outputs start as garbage, so a unit nobody ran shows
	for (const i of outputs) many[i].fill(Number.NaN);
	let r = seed;
	const helpers = new Helpers(['ok'], () => (r = (Math.imul(r, 48271) + 11) >>> 0) / 2 ** 32);
	const p = pool(threads, helpers);
	const result = p.run(kind, g, many);
	return { one: outputs.map((i) => bits(one[i])), many: outputs.map((i) => bits(many[i])), result, pool: p };
}

/** The lab's own pooling (2×2 windows, stride 2, no padding) over batch images of size² × C. */
export function pool2x2(batch: number, size: number, C: number): PoolGeometry {
	const out = Math.floor(size / 2);
	return {
		batch,
		inH: size,
		inW: size,
		C,
		outH: out,
		outW: out,
		fh: 2,
		fw: 2,
		sh: 2,
		sw: 2,
		padTop: 0,
		padLeft: 0
	};
}
