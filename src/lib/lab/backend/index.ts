/**
 * Picks and starts the tfjs backend the lab trains on. Works in a window and in a Web Worker.
 *
 * - 'webgl': the GPU through WebGL.
 * - 'fast-cpu': the WebAssembly backend (SIMD when the browser has it) plus our own kernels for
 *   what it lacks for training (Conv2DBackpropFilter) or does slowly.
 * - 'cpu': stock tfjs cpu backend (slow; kept as the reference and last resort).
 * - 'auto': 'webgl' when a hardware GPU is present (software WebGL such as SwiftShader or
 *   llvmpipe does not count), else 'fast-cpu'.
 */
import { t, useStrings } from '$lib/i18n';
import { hasHardwareGpu, isSoftwareRenderer, probeWebGl, type GlProbe } from './detect';
import { registerWasmKernels } from './register';
import { planHere, reportCoresWhileStarting, type ThreadPlan } from './threads';
import { kernelPool, pooledTime, setKernelPool } from './kernel-pool';
import backendStrings from '$lib/i18n/areas/backend';

useStrings(backendStrings);

export type BackendChoice = 'auto' | 'webgl' | 'fast-cpu' | 'cpu';
type Resolved = Exclude<BackendChoice, 'auto'>;
type Tf = typeof import('@tensorflow/tfjs');

export interface BackendInfo {
	/** The backend in use: 'webgl', 'fast-cpu' or 'cpu'. */
	name: string;
	/** Human-readable name for the lab's readout. */
	label: string;
	/** Why this one. */
	reason: string;
	/** Set when the backend asked for could not start and this one stands in. */
	fallback?: { wanted: string; error: string };
	/** Threads the wasm backend runs on (1 for the other backends). */
	threads?: number;
	/** Why this one, as a kind (the plain line, src/lib/lab/backend/plain.ts, words it). */
	why?: BackendWhy;
	/** The wasm backend runs its SIMD build. */
	simd?: boolean;
}

/**
 * - 'gpu': automatic, a hardware GPU was found; 'no-gpu': automatic, none was (software WebGL
 *   does not count); 'chosen': picked by the learner; 'chosen-software-gl': WebGL picked where it
 *   is software rendering; 'fallback': the one wanted could not start; 'lost': the GPU was lost.
 */
export type BackendWhy = 'gpu' | 'no-gpu' | 'chosen' | 'chosen-software-gl' | 'fallback' | 'lost';

export { isSoftwareRenderer, hasHardwareGpu, probeWebGl };

const inBrowser =
	typeof self !== 'undefined' &&
	typeof (self as { fetch?: unknown }).fetch === 'function' &&
	typeof process === 'undefined';

let plan: ThreadPlan = { threads: 1, why: 'not-isolated' };
let wasmThreads = 1;
/** Why our own kernels run on one thread while the wasm backend has several (null: they do not). */
let kernelsWhy: 'off' | 'not-shared' | 'failed' | null = null;

// For the tests and the bench: whether the kernel pool runs, how many jobs it has split across
// threads, and the time all our pooled kernels took (with the pool or without).
(globalThis as { __kernelPool?: object }).__kernelPool = {
	get jobs() {
		return pooledTime.jobs;
	},
	get jobMs() {
		return pooledTime.ms;
	},
	get ready() {
		return kernelPool()?.ready ?? false;
	},
	get parallelJobs() {
		return kernelPool()?.parallelJobs ?? 0;
	},
	get off() {
		return kernelPool()?.off ?? null;
	},
	get ownChunks() {
		return kernelPool()?.ownChunks ?? 0;
	},
	get helperChunks() {
		return kernelPool()?.helperChunks ?? 0;
	}
};

/**
 * Our own training kernels on the wasm backend's threads (kernel-pool.ts): only where its heap is
 * shared memory (the threaded binary, on an isolated page), so the helpers see the tensors.
 */
async function startKernelPool(tf: Tf, wanted: boolean): Promise<void> {
	kernelsWhy = null;
	if (wasmThreads < 2) return setKernelPool(null);
	if (!wanted) {
		kernelsWhy = 'off';
		return setKernelPool(null);
	}
	const heap = (tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } }).wasm?.HEAPU8?.buffer;
	if (!inBrowser || !(heap instanceof SharedArrayBuffer)) {
		kernelsWhy = 'not-shared';
		return setKernelPool(null);
	}
	const running = kernelPool();
	if (!running || running.off || running.threads !== wasmThreads) {
		try {
			const { startKernelPool } = await import('./kernel-spawn');
			setKernelPool(startKernelPool(wasmThreads));
		} catch {
			kernelsWhy = 'failed';
			return setKernelPool(null);
		}
	}
	// Helpers start in well under a second; training may begin before, on one thread.
	const pool = kernelPool()!;
	for (let waited = 0; !pool.ready && !pool.off && waited < 5000; waited += 25)
		await new Promise((r) => setTimeout(r, 25));
	if (!pool.ready) kernelsWhy = 'failed';
}

async function startWasm(tf: Tf, pool: boolean): Promise<void> {
	const wasm = await import('@tensorflow/tfjs-backend-wasm');
	if (inBrowser) {
		const { wasmPaths } = await import('./wasm-urls');
		wasm.setWasmPaths(wasmPaths);
	}
	// tfjs picks its threaded SIMD binary by itself where shared memory exists; the count is ours.
	plan = planHere();
	wasm.setThreadsCount(plan.threads);
	registerWasmKernels(tf);
	const restoreCores = reportCoresWhileStarting(plan.threads);
	try {
		if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend did not start');
	} finally {
		restoreCores();
	}
	try {
		wasmThreads = wasm.getThreadsCount();
	} catch {
		wasmThreads = 1;
	}
	await startKernelPool(tf, pool);
}

function threadNote(): string {
	if (wasmThreads > 1) {
		if (kernelsWhy) return t(`backend.kernels.one-${kernelsWhy}`);
		return t('backend.kernels.pool', { threads: wasmThreads });
	}
	if (plan.why === 'not-isolated') return t('backend.threads.one-not-isolated');
	if (plan.why === 'one-core') return t('backend.threads.one-core');
	// Isolated, more than one core asked for, and tfjs still reports one (its XNNPACK pool).
	return t('backend.threads.one-reported', { asked: plan.threads });
}

async function start(tf: Tf, which: Resolved, pool: boolean): Promise<void> {
	if (which === 'fast-cpu') return startWasm(tf, pool);
	setKernelPool(null);
	if (!(await tf.setBackend(which))) throw new Error(`${which} backend did not start`);
	await tf.ready();
}

function hasSimd(tf: Tf): boolean {
	try {
		return Boolean(tf.env().getBool('WASM_HAS_SIMD_SUPPORT'));
	} catch {
		return false;
	}
}

function label(tf: Tf, which: Resolved, probe: GlProbe | null): string {
	if (which === 'webgl') return t('backend.webgl.label', { renderer: probe?.renderer || 'WebGL' });
	if (which === 'cpu') return t('backend.cpu.label');
	const simd = hasSimd(tf);
	const threads = wasmThreads > 1 ? t('backend.threads.many', { threads: wasmThreads }) : '';
	return t('backend.fast-cpu.label', { simd: (simd ? t('backend.fast-cpu.simd') : '') + threads });
}

function autoReason(probe: GlProbe): string {
	if (hasHardwareGpu(probe)) return t('backend.reason.gpu', { renderer: probe.renderer });
	if (probe.available) return t('backend.reason.software-gl', { renderer: probe.renderer || 'software' });
	return t('backend.reason.no-gl');
}

/**
 * When the backend in use is WebGL, call `onLost` once if its context is lost (the GPU was reset,
 * the driver crashed, the browser reclaimed it). Returns whether it is watching.
 */
export function watchContextLoss(tf: Tf, onLost: () => void): boolean {
	if (tf.getBackend() !== 'webgl') return false;
	const gl = (tf.backend() as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
	const canvas = gl?.canvas as (HTMLCanvasElement | OffscreenCanvas) | undefined;
	if (!canvas || typeof canvas.addEventListener !== 'function') return false;
	canvas.addEventListener('webglcontextlost', () => onLost(), { once: true });
	return true;
}

/**
 * Start the chosen backend (falling back to fast-cpu, then cpu, if it cannot start).
 * `kernelPool: true` shares our own training kernels out over the wasm backend's threads.
 */
export async function initBackend(
	tf: Tf,
	choice: BackendChoice,
	{ kernelPool: pool = false }: { kernelPool?: boolean } = {}
): Promise<BackendInfo> {
	const probe = choice === 'auto' || choice === 'webgl' ? probeWebGl() : null;
	let wanted: Resolved;
	let reason: string;
	let why: BackendWhy;
	if (choice === 'auto') {
		wanted = probe && hasHardwareGpu(probe) ? 'webgl' : 'fast-cpu';
		reason = autoReason(probe!);
		why = wanted === 'webgl' ? 'gpu' : 'no-gpu';
	} else {
		wanted = choice;
		const soft = choice === 'webgl' && probe && probe.available && !hasHardwareGpu(probe);
		why = soft ? 'chosen-software-gl' : 'chosen';
		reason = soft
			? t('backend.reason.chosen-software-gl', { renderer: probe.renderer || 'software' })
			: t('backend.reason.chosen');
	}
	const order: Resolved[] = [wanted, ...(['fast-cpu', 'cpu'] as Resolved[]).filter((b) => b !== wanted)];
	let firstError = '';
	for (const which of order) {
		try {
			await start(tf, which, pool);
			const fast = which === 'fast-cpu';
			if (which !== wanted) {
				reason = t('backend.reason.fallback', { wanted, error: firstError });
				return {
					name: which,
					label: label(tf, which, probe),
					reason: fast ? reason + threadNote() : reason,
					fallback: { wanted, error: firstError },
					threads: fast ? wasmThreads : 1,
					why: 'fallback',
					simd: fast && hasSimd(tf)
				};
			}
			return {
				name: which,
				label: label(tf, which, probe),
				reason: fast ? reason + threadNote() : reason,
				threads: fast ? wasmThreads : 1,
				why,
				simd: fast && hasSimd(tf)
			};
		} catch (err) {
			if (!firstError) firstError = err instanceof Error ? err.message : String(err);
		}
	}
	throw new Error(firstError || 'no tfjs backend could start');
}
