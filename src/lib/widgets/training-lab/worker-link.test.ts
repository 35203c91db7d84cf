import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '$lib/lab/protocol';
import { WorkerLink, type DataCommand } from './worker-link';

/** A worker that records what it is sent; the test speaks for it. */
class FakeWorker {
	sent: ToWorker[] = [];
	terminated = false;
	onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	postMessage(m: ToWorker) {
		this.sent.push(m);
	}
	terminate() {
		this.terminated = true;
	}
	say(m: FromWorker) {
		this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
	}
	crash() {
		this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
	}
}

function setup() {
	const workers: FakeWorker[] = [];
	let clock = 0;
	let busy = false;
	const log: string[] = [];
	const link = new WorkerLink(
		{
			init: () => ({ type: 'ping' }),
			receive: (m) => log.push(`receive ${m.type}`),
			busy: () => busy,
			restarted: (data) => log.push(`restarted ${data?.type ?? 'none'}`),
			failed: (why) => log.push(`failed ${why}`)
		},
		() => {
			const w = new FakeWorker();
			workers.push(w);
			return w as unknown as Worker;
		},
		() => clock
	);
	return {
		link,
		workers,
		log,
		tick: (ms: number) => (clock += ms),
		setBusy: (b: boolean) => (busy = b)
	};
}

const generate: DataCommand = {
	type: 'generate',
	seed: 1,
	count: 10,
	testCount: 4,
	size: 32,
	shortcut: 'none'
};

describe('WorkerLink', () => {
	it('a crashed worker is replaced, sent init and the data it held, three times a minute at most', () => {
		const t = setup();
		t.link.start();
		t.link.send(generate);
		t.workers[0].say({ type: 'data-refused' } as FromWorker);
		t.link.send(generate);
		t.workers[0].say({ type: 'data' } as FromWorker);
		t.workers[0].crash();
		expect(t.workers[0].terminated).toBe(true);
		expect(t.workers[1].sent.map((m) => m.type)).toEqual(['ping', 'generate']);
		t.workers[1].crash();
		t.workers[2].crash();
		expect(t.workers).toHaveLength(4);
		t.workers[3].crash();
		expect(t.workers).toHaveLength(4);
		expect(t.log.filter((l) => l.startsWith('restarted'))).toEqual(Array(3).fill('restarted generate'));
		expect(t.log.at(-1)).toBe('failed boom');
	});

	it('a busy worker is pinged, and replaced once silent for SILENT_MS; an idle one never', () => {
		const t = setup();
		t.link.start();
		t.tick(WorkerLink.SILENT_MS * 2);
		t.link.watch();
		expect(t.workers).toHaveLength(1);
		t.setBusy(true);
		t.tick(WorkerLink.SILENT_MS);
		t.link.watch();
		expect(t.workers[0].sent.at(-1)).toEqual({ type: 'ping' });
		t.workers[0].say({ type: 'pong' });
		t.tick(WorkerLink.SILENT_MS);
		t.link.watch();
		expect(t.workers).toHaveLength(1);
		t.tick(1);
		t.link.watch();
		expect(t.workers).toHaveLength(2);
		expect(t.log.at(-1)).toBe('restarted none');
	});

	it('messages from a replaced worker are ignored', () => {
		const t = setup();
		t.link.start();
		t.workers[0].crash();
		t.workers[0].say({ type: 'data' } as FromWorker);
		t.workers[1].say({ type: 'data' } as FromWorker);
		expect(t.log.filter((l) => l.startsWith('receive'))).toEqual(['receive data']);
	});
});
