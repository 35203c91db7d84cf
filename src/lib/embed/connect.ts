// Wires the message protocol (./messages.ts) to a window: posts the embed's height whenever it
// changes (ResizeObserver), in our own shape, Canvas's and, once an H5P resizer has said hello,
// H5P's; posts xAPI statements; answers H5P's resizer. Messages from anyone but window.parent,
// and any message it does not know, are ignored. No message changes the embed's state: the most
// a host can do is ask for the height again.
import {
	canvasResize,
	h5pMessage,
	readHostMessage,
	resizeMessage,
	xapiMessage,
	type XapiStatement
} from './messages';

/** The parts of a window the link uses (a real `window`, or a fake in tests). */
export interface HostWindow {
	parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
	scrollY: number;
	document: { documentElement: { clientHeight: number } };
	addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

export interface Measured {
	getBoundingClientRect(): { bottom: number };
}

type Observer = { observe(el: never): void; disconnect(): void };
export type ObserverCtor = new (callback: () => void) => Observer;

export interface EmbedLink {
	/** True when there is a page around the embed to talk to. */
	readonly framed: boolean;
	/** Post an xAPI statement to the host. */
	report(statement: XapiStatement): void;
	/** Measure now and post the height if it changed. */
	measure(): void;
	stop(): void;
}

/** The height to ask for: the bottom of the embed's content, whole pixels. */
export function contentHeight(win: HostWindow, root: Measured): number {
	return Math.max(0, Math.ceil(root.getBoundingClientRect().bottom + win.scrollY));
}

export function connectEmbed(
	win: HostWindow,
	root: Measured,
	Observer: ObserverCtor | undefined = (globalThis as { ResizeObserver?: ObserverCtor }).ResizeObserver
): EmbedLink {
	const parent = win.parent;
	if (!parent || (parent as unknown) === win) {
		return { framed: false, report() {}, measure() {}, stop() {} };
	}
	const post = (message: unknown) => {
		try {
			parent.postMessage(message, '*');
		} catch {
			/* the frame is going away: nothing to tell */
		}
	};

	let last = -1;
	let h5p = false; // an H5P resizer answered our hello
	let answeredHello = false;

	const prepare = (height: number) =>
		post(
			h5pMessage('prepareResize', {
				scrollHeight: height,
				clientHeight: win.document.documentElement.clientHeight
			})
		);

	function measure() {
		const height = contentHeight(win, root);
		if (height === last) return;
		last = height;
		post(resizeMessage(height));
		post(canvasResize(height));
		if (h5p) prepare(height);
	}

	function onMessage(e: MessageEvent) {
		if (e.source !== (parent as unknown)) return;
		const action = readHostMessage(e.data);
		if (action === 'h5p-ready') post(h5pMessage('hello'));
		else if (action === 'h5p-hello') {
			h5p = true;
			// Answer a host's hello once (H5P's own resizer answers ours, so never loop).
			if (!answeredHello) {
				answeredHello = true;
				post(h5pMessage('hello'));
			}
			prepare(contentHeight(win, root));
		} else if (action === 'h5p-resize-prepared' && h5p)
			post(h5pMessage('resize', { scrollHeight: contentHeight(win, root) }));
		else if (action === 'h5p-resize' && h5p) prepare(contentHeight(win, root));
	}

	win.addEventListener('message', onMessage);
	const observer = Observer ? new Observer(measure) : null;
	observer?.observe(root as never);
	// H5P's resizer speaks only after the content says hello.
	post(h5pMessage('hello'));
	measure();

	return {
		framed: true,
		report: (statement) => post(xapiMessage(statement)),
		measure,
		stop() {
			observer?.disconnect();
			win.removeEventListener('message', onMessage);
		}
	};
}
