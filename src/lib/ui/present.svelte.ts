// Present mode for a widget: the widget alone, full screen (Fullscreen API, else a fixed
// overlay), large type and high contrast, Esc to leave. Embed links with `present=1` open in
// it: the embed route says so through Svelte context, so widget components need no change.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('present');

export interface PresentContext {
	/** Open the (first) widget on the page in present mode. */
	initial: boolean;
}

export function setPresentContext(ctx: PresentContext) {
	setContext(KEY, ctx);
}

export function getPresentContext(): PresentContext | undefined {
	return getContext<PresentContext | undefined>(KEY);
}

/** Read `present=1` (or `true`) from a query string. */
export function wantsPresent(search: string): boolean {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
	const v = new URLSearchParams(search).get('present');
	return v === '1' || v === 'true';
}

/** A keydown that should not trigger a shortcut: typing in a text field. */
export function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (
		target.isContentEditable ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement
	)
		return true;
	return (
		target instanceof HTMLInputElement &&
		!['radio', 'checkbox', 'range', 'button', 'submit', 'reset', 'color', 'file'].includes(target.type)
	);
}

export class Presenter {
	on = $state(false);
	/** True while the browser's real full screen is showing the widget (else the overlay is). */
	fullscreen = $state(false);
	#el: HTMLElement | null = null;

	#onFullscreenChange = () => {
		const now = document.fullscreenElement === this.#el && this.#el !== null;
		// Leaving the browser's full screen (Esc, F11) leaves present mode too.
		if (this.fullscreen && !now) this.#stop();
		this.fullscreen = now;
	};

	/** Enter present mode; `gesture` is false when no user action started it (no Fullscreen API then). */
	async enter(el: HTMLElement, gesture = true) {
		this.#el = el;
		this.on = true;
		document.documentElement.classList.add('presenting');
		document.addEventListener('fullscreenchange', this.#onFullscreenChange);
		if (gesture) await this.requestFullscreen();
	}

	async requestFullscreen() {
		const el = this.#el;
		if (!el || !document.fullscreenEnabled || typeof el.requestFullscreen !== 'function') return;
		try {
			await el.requestFullscreen();
		} catch {
			// Refused (iframe without allowfullscreen, no gesture): the fixed overlay stays.
		}
	}

	leave() {
		if (document.fullscreenElement && document.fullscreenElement === this.#el) {
			document.exitFullscreen().catch(() => {});
		}
		this.#stop();
	}

	#stop() {
		this.on = false;
		this.fullscreen = false;
		document.documentElement.classList.remove('presenting');
		document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
	}

	toggle(el: HTMLElement) {
		if (this.on) this.leave();
		else this.enter(el);
	}
}

/**
 * The CSS zoom (≤ 1) that makes `figure` fit in the part of the screen below its top inside the
 * presenting `frame` (a fixed, full-screen box), given the frame's padding.
 */
export function fitZoom(frame: HTMLElement, figure: HTMLElement): number {
	const f = frame.getBoundingClientRect();
	const r = figure.getBoundingClientRect();
	const cs = getComputedStyle(frame);
	const padB = parseFloat(cs.paddingBottom) || 0;
	const padR = parseFloat(cs.paddingRight) || 0;
	const top = r.top - f.top + frame.scrollTop;
	const left = r.left - f.left + frame.scrollLeft;
	return fitScale(
		Math.max(r.height, figure.scrollHeight),
		Math.max(r.width, figure.scrollWidth),
		frame.clientHeight - top - padB,
		frame.clientWidth - left - padR
	);
}

/** The scale (≤ 1) that fits a `h` × `w` box into `availH` × `availW`; 1 when unknown. */
export function fitScale(h: number, w: number, availH: number, availW: number): number {
	if (!(h > 0) || !(w > 0)) return 1;
	if (!(availH > 0) || !(availW > 0)) return 1;
	return Math.min(1, availH / h, availW / w);
}
