/**
 * Runs our own training kernels (kernel-jobs.ts) on several threads: the calling thread (the lab
 * worker) and N − 1 helper workers that see the same memory. A job's units are cut into a few
 * contiguous chunks per thread; the caller posts the job to the helpers, and every thread, the
 * caller included, claims chunks from a shared counter until none is left. Then the caller blocks
 * on a second counter (Atomics.wait, allowed in a worker) until the chunks the helpers claimed are
 * done. On a busy machine a helper that is not scheduled in time costs nothing: the caller does
 * its chunks. Units write disjoint parts of the output and each element is computed by the same
 * arithmetic in the same order as on one thread, so the results are bitwise those of the
 * single-thread kernel, whoever runs which chunk.
 *
 * No copies: on a cross-origin-isolated page the threaded tfjs wasm backend's heap is itself a
 * SharedArrayBuffer, so the tensors' views are handed to the helpers as they are (a buffer once,
 * then offsets). An array that is not shared, a pool that is not ready, or a job with a single
 * unit runs on this thread. A helper that throws makes the pool recompute the job here and stop
 * using helpers; one that does not answer within the timeout makes it give the job up
 * ('abandoned': the caller must compute into fresh memory, since the helper may still write).
 */
import { claim, CONTROL_WORDS, DONE, FAILED, NEXT, READY, seqTag, type ToHelper } from './kernel-helper';
import {
	jobUnits,
	prepareJob,
	runJobRange,
	runJobSingle,
	splitRange,
	type JobKind,
	type GeometryOf
} from './kernel-jobs';

export interface HelperPort {
	postMessage(m: ToHelper): void;
	terminate(): void;
}

export interface PoolOptions {
	/** Threads in all, the caller included (so threads − 1 helpers). */
	threads: number;
	spawn: (index: number) => HelperPort;
	/** Block until control[index] may differ from value, at most ms (default Atomics.wait). */
	wait?: (control: Int32Array, index: number, value: number, ms: number) => void;
	/** How long a job may wait for the helpers before it is given up (ms). */
	timeoutMs?: number;
	/** How long the helpers may take to start before the pool gives up on them (ms). */
	startMs?: number;
	/** Chunks per thread (more: better balance when threads are slowed, more claims). */
	chunksPerThread?: number;
	/** Called after each chunk the caller runs (tests: let in-process helpers in between). */
	between?: () => void;
	now?: () => number;
}

export type JobResult = 'parallel' | 'single' | 'abandoned';
export type PoolOff = 'helper-error' | 'helper-timeout' | 'start-timeout' | 'spawn-failed' | 'closed';

function atomicsWait(control: Int32Array, index: number, value: number, ms: number): void {
	try {
		Atomics.wait(control, index, value, ms);
	} catch {
		// Atomics.wait is not allowed here (a window's main thread): spin instead.
		const end = Date.now() + Math.min(ms, 5);
		while (Atomics.load(control, index) === value && Date.now() < end) {
			/* spin */
		}
	}
}

export class KernelPool {
	readonly threads: number;
	parallelJobs = 0;
	singleJobs = 0;
	/** Chunks run by the caller and by the helpers (how the work was shared). */
	ownChunks = 0;
	helperChunks = 0;
	/** Why the pool stopped using its helpers, if it did. */
	off: PoolOff | null = null;
	private helpers: HelperPort[] = [];
	private control: Int32Array;
	private ids = new WeakMap<SharedArrayBuffer, number>();
	private nextId = 1;
	private seq = 0;
	private wait: NonNullable<PoolOptions['wait']>;
	private now: () => number;
	private timeoutMs: number;
	private startBy: number;
	private chunksPerThread: number;
	private between: () => void;

	constructor(o: PoolOptions) {
		this.threads = Math.max(1, Math.floor(o.threads));
		this.control = new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4));
		this.wait = o.wait ?? atomicsWait;
		this.now = o.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
		this.timeoutMs = o.timeoutMs ?? 4000;
		this.startBy = this.now() + (o.startMs ?? 20_000);
		this.chunksPerThread = Math.max(1, Math.floor(o.chunksPerThread ?? 4));
		this.between = o.between ?? (() => {});
		try {
			for (let i = 1; i < this.threads; i++) {
				const h = o.spawn(i);
				this.helpers.push(h);
				h.postMessage({ type: 'init', control: this.control.buffer as SharedArrayBuffer });
			}
		} catch {
			this.stop('spawn-failed');
		}
	}

	/** All helpers have started and none has failed. */
	get ready(): boolean {
		if (this.off) return false;
		if (this.helpers.length === 0) return false;
		if (Atomics.load(this.control, READY) >= this.helpers.length) return true;
		if (this.now() > this.startBy) this.stop('start-timeout');
		return false;
	}

	/**
	 * Run the job `kind` over `arrays` (views; outputs included) on all threads, or on this one
	 * when it cannot be split. 'abandoned': a helper did not answer; the arrays' contents are
	 * undefined and may still change, so compute again into fresh arrays with `runJobSingle`.
	 */
	run<K extends JobKind>(kind: K, g: GeometryOf<K>, arrays: Float32Array[]): JobResult {
		const total = jobUnits(kind, g);
		const shared = arrays.every((a) => a.buffer instanceof SharedArrayBuffer);
		if (!shared || total < 2 || !this.ready) {
			runJobSingle(kind, g, arrays);
			this.singleJobs++;
			return 'single';
		}
		const chunks = splitRange(total, (this.helpers.length + 1) * this.chunksPerThread);
		const specs = arrays.map((a) => [this.idOf(a.buffer as SharedArrayBuffer), a.byteOffset, a.length]) as [
			number,
			number,
			number
		][];
		prepareJob(kind, g, arrays);
		const c = this.control;
		this.seq = (this.seq + 1) & 0xffff || 1;
		Atomics.store(c, DONE, 0);
		Atomics.store(c, FAILED, 0);
		Atomics.store(c, NEXT, seqTag(this.seq));
		const job: ToHelper = { type: 'job', seq: this.seq, kind, g, arrays: specs, chunks };
		for (const h of this.helpers) h.postMessage(job);
		let mine = 0;
		for (let k = claim(c, this.seq, chunks.length); k >= 0; k = claim(c, this.seq, chunks.length)) {
			runJobRange(kind, g, arrays, chunks[k][0], chunks[k][1]);
			mine++;
			this.between();
		}
		// Our chunks are not counted in DONE; wait for the ones the helpers claimed.
		const want = chunks.length - mine;
		const deadline = this.now() + this.timeoutMs;
		for (let done = Atomics.load(c, DONE); done < want; done = Atomics.load(c, DONE)) {
			const left = deadline - this.now();
			if (left <= 0) {
				Atomics.store(c, NEXT, 0);
				this.stop('helper-timeout');
				return 'abandoned';
			}
			this.wait(c, DONE, done, left);
		}
		this.ownChunks += mine;
		this.helperChunks += want;
		if (Atomics.load(c, FAILED) > 0) {
			// Every helper has finished, so nothing else writes: redo it all here.
			this.stop('helper-error');
			runJobSingle(kind, g, arrays);
			this.singleJobs++;
			return 'single';
		}
		this.parallelJobs++;
		return 'parallel';
	}

	close(): void {
		this.stop('closed');
	}

	private stop(why: PoolOff): void {
		if (!this.off) this.off = why;
		for (const h of this.helpers) {
			try {
				h.terminate();
			} catch {
				// already gone
			}
		}
		this.helpers = [];
	}

	private idOf(buffer: SharedArrayBuffer): number {
		let id = this.ids.get(buffer);
		if (id === undefined) {
			id = this.nextId++;
			this.ids.set(buffer, id);
			for (const h of this.helpers) h.postMessage({ type: 'buffer', id, buffer });
		}
		return id;
	}
}

let current: KernelPool | null = null;
const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Jobs run through runPooled, and the wall-clock milliseconds they took (pool or not). */
export const pooledTime = { jobs: 0, ms: 0 };

/** The pool our kernels use (null: every job on the calling thread). */
export function setKernelPool(pool: KernelPool | null): void {
	if (current && current !== pool) current.close();
	current = pool;
}

export function kernelPool(): KernelPool | null {
	return current;
}

/**
 * Run a job with the current pool. If the pool abandoned it (a helper did not answer), `again`
 * must return fresh arrays (the old ones stay allocated: the helper may still write into them);
 * the job then runs on this thread into those. Returns the arrays that hold the result.
 */
export function runPooled<K extends JobKind>(
	kind: K,
	g: GeometryOf<K>,
	arrays: Float32Array[],
	again: () => Float32Array[]
): Float32Array[] {
	const t0 = clock();
	let out = arrays;
	if (!current) runJobSingle(kind, g, arrays);
	else if (current.run(kind, g, arrays) === 'abandoned') {
		out = again();
		runJobSingle(kind, g, out);
	}
	pooledTime.jobs++;
	pooledTime.ms += clock() - t0;
	return out;
}
