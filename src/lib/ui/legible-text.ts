// Diagram text that stays readable however small its SVG is drawn: a chart drawn in a 600-unit
// viewBox on a 350 px phone shrinks its 12-unit labels to 7 px. This keeps every `<svg> <text>`
// at least `min` CSS pixels on screen (12 px; 24 px in Present mode, read from across a room) by
// raising its font size in user units, and drops the raise when the drawing is large again.

/** The font size (user units) that draws text of `base` units at ≥ `min` px at scale `scale`. */
export function legibleSize(base: number, scale: number, min: number): number | null {
	if (!(scale > 0) || !(base > 0)) return null;
	return base * scale >= min ? null : min / scale;
}

/** The minimum on-screen text size: 24 px while presenting, else 12 px. */
export function minTextPx(root: Element): number {
	return root.classList.contains('presenting') ? 24 : 12;
}

/** Watch `root` (the page) and keep its SVG text legible. Returns a stop function. */
export function keepTextLegible(root: HTMLElement): () => void {
	const base = new WeakMap<SVGTextElement, number>();
	let queued = 0;
	const run = () => {
		queued = 0;
		const min = minTextPx(document.documentElement);
		for (const t of root.querySelectorAll<SVGTextElement>('svg text')) {
			if (!base.has(t)) base.set(t, parseFloat(getComputedStyle(t).fontSize));
			const m = t.getScreenCTM();
			const scale = m ? Math.hypot(m.a, m.b) : 0;
			if (scale === 0) continue; // not drawn (hidden, display: none)
			const size = legibleSize(base.get(t)!, scale, min);
			const want = size === null ? '' : `${size.toFixed(2)}px`;
			if (t.style.fontSize !== want) t.style.fontSize = want;
		}
	};
	const queue = () => {
		if (!queued) queued = requestAnimationFrame(run);
	};
	const mo = new MutationObserver(queue);
	mo.observe(root, { childList: true, subtree: true });
	const html = new MutationObserver(queue);
	html.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
	const ro = new ResizeObserver(queue);
	ro.observe(root);
	window.addEventListener('resize', queue);
	document.addEventListener('fullscreenchange', queue);
	queue();
	return () => {
		mo.disconnect();
		html.disconnect();
		ro.disconnect();
		window.removeEventListener('resize', queue);
		document.removeEventListener('fullscreenchange', queue);
		if (queued) cancelAnimationFrame(queued);
	};
}
