import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claim, DONE, helperHandler, type ToHelper } from './kernel-helper';
import {
	jobUnits,
	runJobRange,
	runJobSingle,
	splitRange,
	type GeometryOf,
	type JobKind
} from './kernel-jobs';
import { KernelPool, kernelPool, runPooled, setKernelPool, type HelperPort } from './kernel-pool';
import type { ConvGeometry } from './im2col';
import type { PoolGeometry } from './pool-grad';

type Mode = 'ok' | 'throw' | 'hang' | 'silent' | 'no-start';

/**
 * Helper workers in this process: the real message handler, but a posted job waits in a queue
 * and runs (claiming every chunk still unclaimed) at a random moment: at once when posted,
 * between two of the caller's chunks, or only when the caller blocks on its counter. So any
 * thread may run any chunk.
 */
class Helpers {
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

function pool(threads: number, helpers: Helpers, timeoutMs = 1000): KernelPool {
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
function shared(n: number, seed: number, ties = true): Float32Array {
	const a = new Float32Array(new SharedArrayBuffer(Math.max(1, n) * 4), 0, n);
	let s = seed >>> 0 || 1;
	for (let i = 0; i < n; i++) {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		const u = s / 2 ** 32;
		a[i] = ties ? Math.round((u * 2 - 1) * 3) : u * 2 - 1;
	}
	return a;
}

const bits = (a: Float32Array) => new Uint32Array(a.buffer, a.byteOffset, a.length);

/** The first index where the two differ bit for bit (-1: identical; NaN counts as different from anything but the same NaN). */
function firstDiff(a: Uint32Array[], b: Uint32Array[]): number {
	for (let k = 0; k < a.length; k++) {
		if (a[k].length !== b[k].length) return 0;
		for (let i = 0; i < a[k].length; i++) if (a[k][i] !== b[k][i]) return i;
	}
	return -1;
}

/** Runs the job on a pool of `threads` and alone on fresh copies; both outputs, bit for bit. */
function compare<K extends JobKind>(
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

const poolGeometry = fc
	.record({
		batch: fc.integer({ min: 1, max: 3 }),
		inH: fc.integer({ min: 1, max: 9 }),
		inW: fc.integer({ min: 1, max: 9 }),
		C: fc.integer({ min: 1, max: 4 }),
		fh: fc.integer({ min: 1, max: 3 }),
		fw: fc.integer({ min: 1, max: 3 }),
		sh: fc.integer({ min: 1, max: 3 }),
		sw: fc.integer({ min: 1, max: 3 }),
		pads: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
		lab: fc.boolean()
	})
	.map(({ pads, lab, ...r }): PoolGeometry | null => {
		// `lab`: the lab's own 2×2 stride-2 pooling (the unrolled path)
		const [fh, fw, sh, sw] = lab ? [2, 2, 2, 2] : [r.fh, r.fw, r.sh, r.sw];
		const inH = lab ? Math.max(2, r.inH) : r.inH;
		const inW = lab ? Math.max(2, r.inW) : r.inW;
		const [pt, pb, pl, pr] = lab ? [0, 0, 0, 0] : pads.map((p, i) => p % (i < 2 ? fh : fw));
		const outH = Math.floor((inH + pt + pb - fh) / sh) + 1;
		const outW = Math.floor((inW + pl + pr - fw) / sw) + 1;
		if (outH < 1 || outW < 1) return null;
		return { batch: r.batch, inH, inW, C: r.C, outH, outW, fh, fw, sh, sw, padTop: pt, padLeft: pl };
	})
	.filter((g): g is PoolGeometry => g !== null);

const convGeometry = poolGeometry.chain((p) =>
	fc.integer({ min: 1, max: 3 }).map((outC): ConvGeometry => ({
		batch: p.batch,
		inH: p.inH,
		inW: p.inW,
		inC: p.C,
		outH: p.outH,
		outW: p.outW,
		outC,
		fh: p.fh,
		fw: p.fw,
		sh: p.sh,
		sw: p.sw,
		padTop: p.padTop,
		padLeft: p.padLeft
	}))
);

const threads = fc.integer({ min: 1, max: 6 });
const seed = fc.integer({ min: 1, max: 1_000_000 });

describe('the kernel pool gives bitwise the single-thread results', () => {
	it('splitRange partitions [0, total) into contiguous, near-equal ranges', () => {
		fc.assert(
			fc.property(fc.nat(200), fc.integer({ min: 1, max: 9 }), (total, parts) => {
				const r = splitRange(total, parts);
				expect(r[0][0]).toBe(0);
				expect(r[r.length - 1][1]).toBe(total);
				for (let i = 1; i < r.length; i++) expect(r[i][0]).toBe(r[i - 1][1]);
				const lens = r.map(([a, b]) => b - a);
				expect(Math.max(...lens) - Math.min(...lens)).toBeLessThanOrEqual(1);
				expect(r.length).toBe(Math.max(1, Math.min(parts, total)));
			})
		);
	});

	it('MaxPoolGrad, any geometry and thread count (ties, overlapping windows, padding)', () => {
		let helped = 0;
		let own = 0;
		fc.assert(
			fc.property(poolGeometry, threads, seed, (g, n, s) => {
				const xs = g.batch * g.inH * g.inW * g.C;
				const ys = g.batch * g.outH * g.outW * g.C;
				const r = compare('maxPoolGrad', g, [xs, ys, xs], [2], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
				expect(r.result).toBe(n > 1 && jobUnits('maxPoolGrad', g) > 1 ? 'parallel' : 'single');
				helped += r.pool.helperChunks;
				own += r.pool.ownChunks;
			}),
			{ numRuns: 300 }
		);
		// the helpers did run chunks, and so did the caller
		expect(helped).toBeGreaterThan(100);
		expect(own).toBeGreaterThan(100);
	});

	it('AvgPoolGrad, any geometry and thread count', () => {
		fc.assert(
			fc.property(poolGeometry, threads, seed, (g, n, s) => {
				const xs = g.batch * g.inH * g.inW * g.C;
				const ys = g.batch * g.outH * g.outW * g.C;
				const r = compare('avgPoolGrad', g, [ys, xs], [1], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
			}),
			{ numRuns: 200 }
		);
	});

	it('im2colT, any geometry and thread count', () => {
		fc.assert(
			fc.property(convGeometry, threads, seed, (g, n, s) => {
				const xs = g.batch * g.inH * g.inW * g.inC;
				const cols = g.fh * g.fw * g.inC * g.batch * g.outH * g.outW;
				const r = compare('im2colT', g, [xs, cols], [1], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
			}),
			{ numRuns: 200 }
		);
	});

	it('the filter gradient’s layout changes, any shape and thread count', () => {
		const dims = fc.record({
			B: fc.integer({ min: 1, max: 7 }),
			hw: fc.integer({ min: 1, max: 20 }),
			C: fc.integer({ min: 1, max: 5 })
		});
		fc.assert(
			fc.property(dims, threads, seed, (g, n, s) => {
				const size = g.B * g.hw * g.C;
				for (const kind of ['nhwcToCHWB', 'nhwcToHWBC'] as const) {
					const r = compare(kind, g, [size, size], [1], n, s);
					expect(firstDiff(r.many, r.one)).toBe(-1);
				}
				const t = { C: g.B, taps: g.hw, O: g.C };
				const r = compare('ctoToTco', t, [size, size], [1], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
			}),
			{ numRuns: 200 }
		);
	});

	it('the lab’s default shapes split over two threads, bit for bit', () => {
		const g: PoolGeometry = {
			batch: 32,
			inH: 96,
			inW: 96,
			C: 16,
			outH: 48,
			outW: 48,
			fh: 2,
			fw: 2,
			sh: 2,
			sw: 2,
			padTop: 0,
			padLeft: 0
		};
		const xs = 32 * 96 * 96 * 16;
		const r = compare('maxPoolGrad', g, [xs, xs / 4, xs], [2], 2, 5);
		expect(r.result).toBe('parallel');
		expect(r.pool.parallelJobs).toBe(1);
		expect(firstDiff(r.many, r.one)).toBe(-1);
	});
});

describe('the kernel pool never breaks training', () => {
	const g: PoolGeometry = {
		batch: 2,
		inH: 6,
		inW: 6,
		C: 3,
		outH: 3,
		outW: 3,
		fh: 2,
		fw: 2,
		sh: 2,
		sw: 2,
		padTop: 0,
		padLeft: 0
	};
	const arrays = () => [shared(216, 1), shared(54, 2), shared(216, 3)];
	const expected = () => {
		const a = arrays();
		runJobSingle('maxPoolGrad', g, a);
		return bits(a[2]);
	};
	let r = 9;
	const random = () => (r = (Math.imul(r, 48271) + 11) >>> 0) / 2 ** 32;

	it('a helper that throws: the job is redone on this thread, and the pool stops', () => {
		// the failing helper runs first, as soon as the job is posted
		const helpers = new Helpers(['throw', 'ok'], () => 0);
		const p = pool(3, helpers);
		expect(p.ready).toBe(true);
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
		expect(p.off).toBe('helper-error');
		expect(helpers.spawned.every((h) => h.dead)).toBe(true);
		// later jobs run here, without posting
		const b = arrays();
		expect(p.run('maxPoolGrad', g, b)).toBe('single');
		expect(firstDiff([bits(b[2])], [expected()])).toBe(-1);
		expect(helpers.spawned.map((h) => h.jobs)).toEqual([1, 1]);
	});

	it('a helper that never finishes its chunk: the job is given up after the timeout, computed again into fresh arrays', () => {
		const helpers = new Helpers(['hang'], random);
		setKernelPool(pool(2, helpers, 500));
		const first = arrays();
		const out = runPooled('maxPoolGrad', g, first, arrays);
		expect(out).not.toBe(first);
		expect(firstDiff([bits(out[2])], [expected()])).toBe(-1);
		expect(helpers.clock).toBeGreaterThanOrEqual(500);
		expect(kernelPool()?.off).toBe('helper-timeout');
		expect(kernelPool()?.ready).toBe(false);
		// and from then on, on this thread
		const next = arrays();
		expect(runPooled('maxPoolGrad', g, next, arrays)).toBe(next);
		expect(firstDiff([bits(next[2])], [expected()])).toBe(-1);
		setKernelPool(null);
	});

	it('a helper that is never scheduled costs no waiting: the caller runs every chunk', () => {
		const helpers = new Helpers(['silent'], random);
		const p = pool(2, helpers, 500);
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('parallel');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
		expect(p.helperChunks).toBe(0);
		expect(p.ownChunks).toBe(6);
		expect(helpers.clock).toBe(0);
		expect(p.off).toBe(null);
	});

	it('helpers that never start: single-thread until the start timeout, then off', () => {
		const helpers = new Helpers(['no-start'], random);
		const p = new KernelPool({
			threads: 2,
			spawn: helpers.spawn,
			wait: helpers.wait,
			now: helpers.now,
			startMs: 100
		});
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
		expect(p.off).toBe(null);
		helpers.clock = 101;
		expect(p.ready).toBe(false);
		expect(p.off).toBe('start-timeout');
		expect(helpers.spawned[0].jobs).toBe(0);
	});

	it('helpers that cannot be created, or memory that is not shared: single-thread', () => {
		const p = new KernelPool({
			threads: 2,
			spawn: () => {
				throw new Error('blocked');
			}
		});
		expect(p.off).toBe('spawn-failed');
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);

		const helpers = new Helpers(['ok'], random);
		const q = pool(2, helpers);
		const plain = [new Float32Array(arrays()[0]), new Float32Array(arrays()[1]), new Float32Array(216)];
		expect(q.run('maxPoolGrad', g, plain)).toBe('single');
		expect(firstDiff([bits(plain[2])], [expected()])).toBe(-1);
		expect(helpers.spawned[0].jobs).toBe(0);
	});

	it('a pool of one thread has no helpers and runs everything here', () => {
		const helpers = new Helpers(['ok'], random);
		const p = pool(1, helpers);
		expect(helpers.spawned).toHaveLength(0);
		expect(p.ready).toBe(false);
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
	});
});
