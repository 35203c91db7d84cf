/**
 * How many threads the wasm backend may use. Shared memory (and so wasm threads) exists only on
 * cross-origin-isolated pages; the service worker makes our pages isolated, but not a page inside
 * another site's frame (a learning platform) or one opened before it was installed.
 */
export interface ThreadPlan {
	/** Threads to ask tfjs for (setThreadsCount). */
	threads: number;
	/** Why only one, when only one. */
	why: 'not-isolated' | 'one-core' | null;
}

export function planThreads(isolated: boolean, cores: number | undefined): ThreadPlan {
	const n = Number.isFinite(cores) && (cores as number) >= 1 ? Math.floor(cores as number) : 1;
	if (!isolated) return { threads: 1, why: 'not-isolated' };
	if (n < 2) return { threads: 1, why: 'one-core' };
	return { threads: Math.min(n, TFJS_POOL_SIZE), why: null };
}

/** The plan for the current global scope (window or worker). */
export function planHere(): ThreadPlan {
	const g = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
	return planThreads(g.crossOriginIsolated === true, g.navigator?.hardwareConcurrency);
}

/**
 * tfjs 4.22's threaded wasm binary creates a pool of 8 workers but gives XNNPACK at most half
 * of `navigator.hardwareConcurrency` threads (it assumes two hardware threads per core), so on
 * a two-core laptop it runs one thread whatever `setThreadsCount` asks (tensorflow/tfjs#8513).
 * While the backend starts, the wasm module is shown twice the planned threads as the core
 * count, so that it grants exactly the plan; the true value comes back as soon as it has
 * started. Measured on this project's two-core machine with stock tfjs in an isolated worker:
 * `getThreadsCount()` 1 without this, 2 with it.
 */
export const TFJS_POOL_SIZE = 8;

export function coresToReport(threads: number): number {
	return 2 * Math.min(Math.max(1, Math.floor(threads)), TFJS_POOL_SIZE);
}

/** Show `coresToReport(threads)` as `nav.hardwareConcurrency` until the returned function runs. */
export function reportCoresWhileStarting(
	threads: number,
	nav: object | undefined = (globalThis as { navigator?: object }).navigator
): () => void {
	if (!nav || threads < 2) return () => {};
	const own = Object.getOwnPropertyDescriptor(nav, 'hardwareConcurrency');
	try {
		Object.defineProperty(nav, 'hardwareConcurrency', {
			configurable: true,
			get: () => coresToReport(threads)
		});
	} catch {
		return () => {};
	}
	return () => {
		if (own) Object.defineProperty(nav, 'hardwareConcurrency', own);
		else delete (nav as { hardwareConcurrency?: number }).hardwareConcurrency;
	};
}
