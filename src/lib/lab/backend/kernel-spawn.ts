/**
 * Starts the kernel pool's helper workers in the browser. They are inline (blob) workers: a
 * blob worker inherits its creator's cross-origin embedder policy, where a helper fetched from a
 * URL failed to start under COEP in the built, isolated lab.
 */
import KernelWorker from './kernel-worker.ts?worker&inline';
import { KernelPool } from './kernel-pool';

export function startKernelPool(threads: number): KernelPool {
	return new KernelPool({ threads, spawn: () => new KernelWorker() });
}
