import { describe, expect, it } from 'vitest';
import { connectEmbed, type HostWindow, type ObserverCtor } from './connect';
import { completedStatement } from './messages';

/** A fake framed window: the parent records what is posted, the test sends messages in. */
function setup(opts: { framed?: boolean } = {}) {
	const posted: unknown[] = [];
	const parent = { postMessage: (m: unknown, origin: string) => posted.push({ m, origin }) };
	let listener: ((e: MessageEvent) => void) | null = null;
	let bottom = 400;
	const observers: (() => void)[] = [];
	const win: HostWindow = {
		parent: null,
		scrollY: 0,
		document: { documentElement: { clientHeight: 300 } },
		addEventListener: (_t, l) => (listener = l),
		removeEventListener: () => (listener = null)
	};
	(win as { parent: unknown }).parent = opts.framed === false ? win : parent;
	const root = { getBoundingClientRect: () => ({ bottom }) };
	const Observer = class {
		constructor(cb: () => void) {
			observers.push(cb);
		}
		observe() {}
		disconnect() {
			observers.length = 0;
		}
	} as unknown as ObserverCtor;
	const link = connectEmbed(win, root, Observer);
	return {
		link,
		posted: () => posted.map((p) => (p as { m: unknown }).m),
		origins: () => posted.map((p) => (p as { origin: string }).origin),
		clear: () => (posted.length = 0),
		grow(h: number) {
			bottom = h;
			observers.forEach((cb) => cb());
		},
		send(data: unknown, source: unknown = parent) {
			listener?.({ data, source } as MessageEvent);
		},
		listening: () => listener !== null
	};
}

describe('connectEmbed', () => {
	it('says hello to an H5P resizer and posts its height in our shape and Canvas’s, to "*"', () => {
		const s = setup();
		expect(s.posted()).toEqual([
			{ context: 'h5p', action: 'hello' },
			{ source: 'cnn-inspection-lab', version: 1, type: 'resize', height: 400 },
			{ subject: 'lti.frameResize', height: 400 }
		]);
		expect(new Set(s.origins())).toEqual(new Set(['*']));
	});

	it('posts again only when the height changes', () => {
		const s = setup();
		s.clear();
		s.grow(400);
		expect(s.posted()).toEqual([]);
		s.grow(612.2);
		expect(s.posted()).toEqual([
			{ source: 'cnn-inspection-lab', version: 1, type: 'resize', height: 613 },
			{ subject: 'lti.frameResize', height: 613 }
		]);
	});

	it('speaks H5P’s resizer after its hello: prepareResize, then resize once prepared', () => {
		const s = setup();
		s.clear();
		s.send({ context: 'h5p', action: 'resizePrepared' }); // before hello: ignored
		expect(s.posted()).toEqual([]);
		s.send({ context: 'h5p', action: 'hello' });
		expect(s.posted()).toEqual([
			{ context: 'h5p', action: 'hello' },
			{ context: 'h5p', action: 'prepareResize', scrollHeight: 400, clientHeight: 300 }
		]);
		s.clear();
		s.send({ context: 'h5p', action: 'hello' }); // answered once only: no hello loop
		expect(s.posted()).toEqual([
			{ context: 'h5p', action: 'prepareResize', scrollHeight: 400, clientHeight: 300 }
		]);
		s.clear();
		s.send({ context: 'h5p', action: 'resizePrepared' });
		expect(s.posted()).toEqual([{ context: 'h5p', action: 'resize', scrollHeight: 400 }]);
		s.clear();
		s.grow(500);
		expect(s.posted()).toContainEqual({
			context: 'h5p',
			action: 'prepareResize',
			scrollHeight: 500,
			clientHeight: 300
		});
		s.clear();
		s.send({ context: 'h5p', action: 'ready' });
		expect(s.posted()).toEqual([{ context: 'h5p', action: 'hello' }]);
	});

	it('ignores junk and messages from anyone but the parent', () => {
		const s = setup();
		s.clear();
		for (const junk of [
			null,
			'x',
			1,
			{},
			{ context: 'h5p' },
			{ type: 'resize', height: 5 },
			{ eval: 'alert(1)' }
		])
			s.send(junk);
		s.send({ context: 'h5p', action: 'hello' }, { not: 'the parent' });
		expect(s.posted()).toEqual([]);
	});

	it('posts statements as xapi messages; stops listening when stopped', () => {
		const s = setup();
		s.clear();
		const st = completedStatement(
			{ site: 'https://x', slug: 'pooling-and-flattening', seed: 1, title: 'P' },
			3,
			3
		);
		s.link.report(st);
		expect(s.posted()).toEqual([{ source: 'cnn-inspection-lab', version: 1, type: 'xapi', statement: st }]);
		s.link.stop();
		expect(s.listening()).toBe(false);
	});

	it('does nothing when not in a frame', () => {
		const s = setup({ framed: false });
		expect(s.link.framed).toBe(false);
		s.link.report(completedStatement({ site: 'https://x', slug: 'a', seed: 0, title: 'A' }, 1, 1));
		expect(s.posted()).toEqual([]);
	});
});
