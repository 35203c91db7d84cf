// `{@attach scrollable}` on a box with `overflow: auto`: while its content overflows (a wide grid
// on a phone), the box takes keyboard focus so arrow keys can scroll it (WCAG 2.1.1; axe's
// scrollable-region-focusable). When everything fits it is not a tab stop.
//
// The content can grow without the box changing size (new terms written in, a web font that
// arrives late, inline children, which a ResizeObserver never reports), so the check also runs
// on every change to the subtree and once the fonts have loaded.
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
	};
	update();
	const ro = new ResizeObserver(update);
	ro.observe(node);
	for (const child of node.children) ro.observe(child);
	const mo = new MutationObserver(update);
	mo.observe(node, { childList: true, subtree: true, characterData: true });
	let live = true;
	document.fonts?.ready.then(() => live && update());
	return () => {
		live = false;
		ro.disconnect();
		mo.disconnect();
	};
}
