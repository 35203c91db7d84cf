import { minTextPx } from './legible-text';

/**
 * How wide a chart is drawn, and the smallest text the page lets its labels be, so that its
 * ticks leave room for labels raised to stay legible (labelRoom). Attach `watch` to the chart.
 */
export class DrawnWidth {
	px = $state(0);
	/** 12 before there is a page to measure (server render). */
	minPx = $derived(this.px && typeof document !== 'undefined' ? minTextPx(document.documentElement) : 12);

	constructor(initial: number) {
		this.px = initial;
	}

	watch = (el: Element) => {
		const ro = new ResizeObserver(() => (this.px = el.getBoundingClientRect().width));
		ro.observe(el);
		return () => ro.disconnect();
	};
}
