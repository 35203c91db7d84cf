// The training lab's line to its worker: starts it, pings it while busy, and replaces one that
// crashed or went silent by a new one given the same data (at most three times a minute).
import { spawnLabWorker } from '$lib/lab/spawn';
import type { FromWorker, ToWorker } from '$lib/lab/protocol';

/** The command that makes the lab's data: replayed to a restarted worker. */
export type DataCommand = Extract<ToWorker, { type: 'generate' | 'load' }>;

export interface LinkHooks {
	/** The first message a new worker gets. */
	init(): ToWorker;
	receive(m: FromWorker): void;
	/** Whether the worker is busy and so must answer pings; `loadingFiles` while files decode. */
	busy(loadingFiles: boolean): boolean;
	/** The worker died and a new one is starting; `data` will be sent to it again (if any). */
	restarted(data: DataCommand | null): void;
	/** The worker died too often: the lab gives up. */
	failed(why: string): void;
}

export class WorkerLink {
	/** How long a busy worker may stay silent before it is taken for dead. */
	static SILENT_MS = 30_000;
	private worker: Worker | null = null;
	private lastHeard = 0;
	/** When the worker was last restarted. */
	private restarts: number[] = [];
	/** The command that made the current data, and one not yet answered. */
	private dataCommand: DataCommand | null = null;
	private pendingData: DataCommand | null = null;

	constructor(
		private hooks: LinkHooks,
		private spawnWorker: () => Worker = spawnLabWorker,
		private now: () => number = () => performance.now()
	) {}

	start() {
		const w = this.spawnWorker();
		this.worker = w;
		this.lastHeard = this.now();
		w.onmessage = (e: MessageEvent<FromWorker>) => {
			if (w === this.worker) this.heard(e.data);
		};
		// an error nobody caught inside the worker leaves it in an unknown state: start a new one
		w.onerror = (e) => {
			e.preventDefault();
			if (w === this.worker) this.restart(e.message || 'worker error');
		};
		this.send(this.hooks.init());
	}

	close() {
		this.worker?.terminate();
		this.worker = null;
	}

	send(m: ToWorker) {
		if (m.type === 'generate' || m.type === 'load') this.pendingData = m;
		this.worker?.postMessage(m);
	}

	/**
	 * Called every half second: a busy worker is pinged; one silent for SILENT_MS has died (it ran
	 * out of memory, or the browser stopped it) and is replaced.
	 */
	watch() {
		if (!this.worker) return;
		if (!this.hooks.busy(this.pendingData?.type === 'load')) {
			this.lastHeard = this.now();
			return;
		}
		if (this.now() - this.lastHeard > WorkerLink.SILENT_MS) this.restart('no answer');
		else this.send({ type: 'ping' });
	}

	private heard(m: FromWorker) {
		this.lastHeard = this.now();
		if (m.type === 'data') {
			this.dataCommand = this.pendingData;
			this.pendingData = null;
		} else if (m.type === 'data-refused') this.pendingData = null;
		this.hooks.receive(m);
	}

	/** Replace a dead worker by a new one holding the same data (the trained model is lost). */
	private restart(why: string) {
		this.close();
		const now = this.now();
		this.restarts = this.restarts.filter((t) => now - t < 60_000);
		if (this.restarts.length >= 3) {
			this.hooks.failed(why);
			return;
		}
		this.restarts.push(now);
		const data = this.pendingData ?? this.dataCommand;
		this.hooks.restarted(data);
		this.start();
		if (data) this.send(data);
	}
}
