/**
 * What a kernel helper worker does with each message (kernel-worker.ts is only its entry, so the
 * same code runs in the unit tests' in-process helpers). The pool (kernel-pool.ts) sends the
 * shared control words once, each shared buffer once, then range jobs; the helper runs its
 * range on views of those buffers and counts itself done (or failed) in the control words.
 */
import { runJobRange } from './kernel-jobs';

/** Indices into the shared Int32Array of control words. */
export const DONE = 0;
export const FAILED = 1;
export const READY = 2;
export const SEQ = 3;
export const CONTROL_WORDS = 4;

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
			from: number;
			to: number;
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
			let ok = true;
			try {
				const arrays = m.arrays.map(([id, offset, length]) => {
					const b = buffers.get(id);
					if (!b) throw new Error(`kernel helper: no buffer ${id}`);
					return new Float32Array(b, offset, length);
				});
				runJobRange(m.kind, m.g, arrays, m.from, m.to);
			} catch {
				ok = false;
			}
			// A job the caller has given up on (it timed out) must not count towards a later one.
			if (Atomics.load(control, SEQ) !== m.seq) return;
			if (!ok) Atomics.add(control, FAILED, 1);
			Atomics.add(control, DONE, 1);
			Atomics.notify(control, DONE);
		}
	};
}
