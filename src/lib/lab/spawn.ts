// Start the training lab's worker (Vite bundles ./worker.ts and its tfjs import separately, so
// the page itself never loads tfjs).
export function spawnLabWorker(): Worker {
	return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
