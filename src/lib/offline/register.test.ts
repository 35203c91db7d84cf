import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, watchForUpdate, type ContainerLike, type WorkerLike } from './register';

function worker(state: string) {
	const fns: (() => void)[] = [];
	const w = {
		state,
		postMessage: vi.fn(),
		addEventListener: (_: 'statechange', fn: () => void) => fns.push(fn),
		become(s: string) {
			w.state = s;
			fns.forEach((f) => f());
		}
	};
	return w;
}

function registration(waiting: WorkerLike | null, installing: WorkerLike | null) {
	const fns: (() => void)[] = [];
	return {
		waiting,
		installing,
		addEventListener: (_: 'updatefound', fn: () => void) => fns.push(fn),
		found(w: WorkerLike) {
			this.installing = w;
			fns.forEach((f) => f());
		}
	};
}

function container(controller: unknown) {
	const fns: (() => void)[] = [];
	return {
		controller,
		register: vi.fn(),
		addEventListener: (_: 'controllerchange', fn: () => void) => fns.push(fn),
		change: () => fns.forEach((f) => f())
	};
}

describe('watchForUpdate', () => {
	it('says nothing on the first install (no page was controlled)', () => {
		const w = worker('installing');
		const onReady = vi.fn();
		watchForUpdate(registration(null, w), container(null), onReady, vi.fn());
		w.become('installed');
		expect(onReady).not.toHaveBeenCalled();
	});

	it('tells once when a new version is already waiting', () => {
		const onReady = vi.fn();
		watchForUpdate(registration(worker('installed'), null), container({}), onReady, vi.fn());
		expect(onReady).toHaveBeenCalledTimes(1);
	});

	it('tells when an update found later finishes installing, and applies it on request', () => {
		const reg = registration(null, null);
		const c = container({});
		const reload = vi.fn();
		let update: { apply(): void } | null = null;
		watchForUpdate(reg, c, (u) => (update = u), reload);
		const w = worker('installing');
		reg.found(w);
		expect(update).toBeNull();
		w.become('installed');
		expect(update).not.toBeNull();
		update!.apply();
		expect(w.postMessage).toHaveBeenCalledWith({ type: 'skip-waiting' });
		expect(reload).not.toHaveBeenCalled();
		c.change();
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('does not tell about a version that failed to install', () => {
		const reg = registration(null, null);
		const onReady = vi.fn();
		watchForUpdate(reg, container({}), onReady, vi.fn());
		const w = worker('installing');
		reg.found(w);
		w.become('redundant');
		expect(onReady).not.toHaveBeenCalled();
	});
});

describe('registerServiceWorker', () => {
	it('registers the worker for the whole site under its base', async () => {
		const c = container(null);
		c.register.mockResolvedValue(registration(null, null));
		await registerServiceWorker('/repo', vi.fn(), c as unknown as ContainerLike);
		expect(c.register).toHaveBeenCalledWith('/repo/service-worker.js', { scope: '/repo/' });
	});
	it('gives up quietly where service workers are missing or refused', async () => {
		expect(await registerServiceWorker('', vi.fn(), undefined)).toBeNull();
		const c = container(null);
		c.register.mockRejectedValue(new Error('SecurityError'));
		expect(await registerServiceWorker('', vi.fn(), c as unknown as ContainerLike)).toBeNull();
	});
});
