/**
 * What a kernel helper worker does with each message (kernel-worker.ts is only its entry, so the
 * same code runs in the unit tests' in-process helpers). The pool (kernel-pool.ts) sends the
 * shared control words once, each shared buffer once, then jobs. A job is cut into chunks (ranges
 * of units); every thread, the caller too, claims the next unclaimed chunk until none is left,
 * so a helper the system does not schedule in time only means the others take its share.
 */
import { runJobRange } from './kernel-jobs';

/** Indices into the shared Int32Array of control words. */
export const DONE = 0;
export const FAILED = 1;
export const READY = 2;
/** (job seq mod 2¹⁶) · 2¹⁶ + the next chunk to claim: a stale job's message can claim nothing. */
export const NEXT = 3;
export const CONTROL_WORDS = 4;

export const seqTag = (seq: number) => (seq & 0xffff) << 16;

/**
 * Claim the next chunk of job `seq` (of `chunks`), or -1 when all are claimed or the job is no
 * longer current.
 */
export function claim(control: Int32Array, seq: number, chunks: number): number {
	const tag = seqTag(seq);
	for (;;) {
		const v = Atomics.load(control, NEXT);
		if ((v & ~0xffff) !== tag) return -1;
		const k = v & 0xffff;
		if (k >= chunks) return -1;
		if (Atomics.compareExchange(control, NEXT, v, v + 1) === v) return k;
	}
}

export type ToHelper =
	| { type: 'init'; control: SharedArrayBuffer }
	| { type: 'buffer'; id: number; buffer: SharedArrayBuffer }
	| {
			type: 'job';
			seq: number;
			kind: string;
			g: unknown;
			/** [buffer id, byte offset, length in floats] per array */
			arrays: [number, number, number][];
			/** the chunks' [from, to) ranges of units */
			chunks: [number, number][];
	  };

export function helperHandler(): (m: ToHelper) => void {
	let control: Int32Array | null = null;
	const buffers = new Map<number, SharedArrayBuffer>();
	return (m) => {
		if (m.type === 'init') {
			control = new Int32Array(m.control);
			Atomics.add(control, READY, 1);
			Atomics.notify(control, READY);
		} else if (m.type === 'buffer') {
			buffers.set(m.id, m.buffer);
		} else if (m.type === 'job' && control) {
			let arrays: Float32Array[] | null = null;
			for (
				let k = claim(control, m.seq, m.chunks.length);
				k >= 0;
				k = claim(control, m.seq, m.chunks.length)
			) {
				try {
					arrays ??= m.arrays.map(([id, offset, length]) => {
						const b = buffers.get(id);
						if (!b) throw new Error(`kernel helper: no buffer ${id}`);
						return new Float32Array(b, offset, length);
					});
					runJobRange(m.kind, m.g, arrays, m.chunks[k][0], m.chunks[k][1]);
				} catch {
					Atomics.add(control, FAILED, 1);
				}
				Atomics.add(control, DONE, 1);
				Atomics.notify(control, DONE);
			}
		}
	};
}
