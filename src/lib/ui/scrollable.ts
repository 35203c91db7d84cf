// `{@attach scrollable}` on a box with `overflow-x: auto` (class `scroll-x` in app.css): while its
// content overflows (a wide grid on a phone), the box takes keyboard focus so arrow keys can
// scroll it (WCAG 2.1.1; axe's scrollable-region-focusable). When everything fits it is not a tab
// stop.
//
// It also marks which edge has more content to scroll to, `data-overflowing="start|end|both"`
// (absent when it all shows), and app.css fades that edge: a visible cue that the box scrolls
// sideways. The mark follows scrolling (a passive listener, at most once a frame).
//
// The content can grow without the box changing size (new terms written in, a web font that
// arrives late, inline children, which a ResizeObserver never reports), so the check also runs
// on every change to the subtree and once the fonts have loaded.

export type Overflowing = 'start' | 'end' | 'both' | null;

/**
 * Which sideways edges of a scroll box hide content, from its scroll position and sizes. Less
 * than `slack` pixels (sub-pixel rounding) counts as nothing. `scrollLeft` is negative in a
 * right-to-left box, where the start is on the right; its magnitude is used.
 */
export function overflowEdges(
	scrollLeft: number,
	scrollWidth: number,
	clientWidth: number,
	slack = 1
): Overflowing {
	if (![scrollLeft, scrollWidth, clientWidth].every(Number.isFinite)) return null;
	const hidden = scrollWidth - clientWidth;
	if (hidden <= slack) return null;
	const before = Math.min(Math.max(Math.abs(scrollLeft), 0), hidden);
	const start = before > slack;
	const end = hidden - before > slack;
	return start && end ? 'both' : start ? 'start' : end ? 'end' : null;
}

export function scrollable(node: HTMLElement) {
	const update = () => {
		const overflows = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
		if (overflows && !node.hasAttribute('tabindex')) {
			node.tabIndex = 0;
			node.dataset.scrollFocus = 'auto';
		} else if (!overflows && node.dataset.scrollFocus === 'auto') {
			node.removeAttribute('tabindex');
			delete node.dataset.scrollFocus;
		}
		mark();
	};
	const mark = () => {
		const edges = overflowEdges(node.scrollLeft, node.scrollWidth, node.clientWidth);
		if (edges === null) delete node.dataset.overflowing;
		else if (node.dataset.overflowing !== edges) node.dataset.overflowing = edges;
	};
	let frame = 0;
	const onScroll = () => {
		if (!frame)
			frame = requestAnimationFrame(() => {
				frame = 0;
				mark();
			});
	};
	update();
	const ro = new ResizeObserver(update);
	ro.observe(node);
	for (const child of node.children) ro.observe(child);
	const mo = new MutationObserver(update);
	mo.observe(node, { childList: true, subtree: true, characterData: true });
	node.addEventListener('scroll', onScroll, { passive: true });
	let live = true;
	document.fonts?.ready.then(() => live && update());
	return () => {
		live = false;
		ro.disconnect();
		mo.disconnect();
		node.removeEventListener('scroll', onScroll);
		if (frame) cancelAnimationFrame(frame);
	};
}

/**
 * `{@attach scrollBoxes}` on a container of markup not written in Svelte (a lesson's prose):
 * every wide table, code block and display equation in it gets `scrollable`.
 */
export function scrollBoxes(node: HTMLElement) {
	const stops = [...node.querySelectorAll<HTMLElement>(':scope > table, pre, .math-display')].map(scrollable);
	return () => stops.forEach((stop) => stop());
}
