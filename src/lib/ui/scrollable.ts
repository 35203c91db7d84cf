// `{@attach scrollable}` on a box with `overflow: auto`: while its content overflows (a wide grid
// on a phone), the box takes keyboard focus so arrow keys can scroll it (WCAG 2.1.1; axe's
// scrollable-region-focusable). When everything fits it is not a tab stop.
export function scrollable(node: HTMLElement) {
	const update = () => {
		const overflows = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
		if (overflows && !node.hasAttribute('tabindex')) node.tabIndex = 0;
		else if (!overflows && node.dataset.scrollFocus === 'auto') node.removeAttribute('tabindex');
		if (overflows) node.dataset.scrollFocus = 'auto';
	};
	update();
	const ro = new ResizeObserver(update);
	ro.observe(node);
	for (const child of node.children) ro.observe(child);
	return () => ro.disconnect();
}
