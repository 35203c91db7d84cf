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
	return { threads: n, why: null };
}

/** The plan for the current global scope (window or worker). */
export function planHere(): ThreadPlan {
	const g = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
	return planThreads(g.crossOriginIsolated === true, g.navigator?.hardwareConcurrency);
}
