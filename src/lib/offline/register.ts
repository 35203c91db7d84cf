/**
 * Registers the service worker and reports when a new version has installed and waits for the
 * next visit. Written against small interfaces so Vitest can drive it with fakes.
 */

type Listener = () => void;

export interface WorkerLike {
	state: string;
	postMessage(msg: unknown): void;
	addEventListener(type: 'statechange', fn: Listener): void;
}

export interface RegistrationLike {
	waiting: WorkerLike | null;
	installing: WorkerLike | null;
	addEventListener(type: 'updatefound', fn: Listener): void;
}

export interface ContainerLike {
	controller: unknown;
	register(url: string, options?: RegistrationOptions): Promise<RegistrationLike>;
	addEventListener(type: 'controllerchange', fn: Listener): void;
}

export interface Update {
	/** Switch to the new version now (the page reloads once it has taken over). */
	apply(): void;
}

/**
 * Call `onReady` once a new version is installed and waiting. A first install (no page was
 * controlled yet) is not an update and says nothing.
 */
export function watchForUpdate(
	reg: RegistrationLike,
	container: ContainerLike,
	onReady: (update: Update) => void,
	reload: () => void
): void {
	let told = false;
	const tell = (worker: WorkerLike) => {
		if (told || !container.controller) return;
		told = true;
		onReady({
			apply() {
				container.addEventListener('controllerchange', reload);
				worker.postMessage({ type: 'skip-waiting' });
			}
		});
	};
	const follow = (worker: WorkerLike | null) => {
		if (!worker) return;
		if (worker.state === 'installed') tell(worker);
		else worker.addEventListener('statechange', () => worker.state === 'installed' && tell(worker));
	};
	if (reg.waiting) tell(reg.waiting);
	else follow(reg.installing);
	reg.addEventListener('updatefound', () => follow(reg.installing));
}

/** Register `${base}/service-worker.js` for the whole site; never throws (offline is a bonus). */
export async function registerServiceWorker(
	base: string,
	onReady: (update: Update) => void,
	container: ContainerLike | undefined = typeof navigator !== 'undefined'
		? (navigator.serviceWorker as unknown as ContainerLike | undefined)
		: undefined,
	reload: () => void = () => location.reload()
): Promise<RegistrationLike | null> {
	if (!container) return null;
	try {
		const reg = await container.register(`${base}/service-worker.js`, { scope: `${base}/` });
		watchForUpdate(reg, container, onReady, reload);
		return reg;
	} catch {
		return null;
	}
}
