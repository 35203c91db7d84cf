// Generated: every page and embed, in English and Indonesian, fits a 390×844 phone (issue 14,
// item 4). One pass in the page per load checks that
// - the page does not scroll sideways (documentElement.scrollWidth ≤ 390);
// - anything whose box sticks out of the viewport sits in a box that scrolls sideways
//   (overflow-x auto or scroll) and that box is itself on screen;
// - text in SVG diagrams, and labels beside a canvas, is drawn at ≥ 12 px (font size times the
//   drawing's scale: the layout raises SVG text, ui/legible-text.ts);
// - targets (buttons, inputs, selects, summaries, links outside running text) are ≥ 24×24 px, or
//   have WCAG 2.5.8's spacing exception (a 24 px circle on the target meets no other target);
// - every box that scrolls sideways carries scrollable's cue (data-overflowing).
// Each failure names the page and a selector.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { lessonSlugs, widgetNames } from './site';

const WIDTH = 390;
const HEIGHT = 844;

const pages = [
	{ path: '/', ready: 'li.lesson' },
	{ path: '/instructors/', ready: 'h1' },
	...lessonSlugs.map((slug) => ({ path: `/lessons/${slug}/`, ready: `[data-lesson="${slug}"] h1` })),
	...widgetNames.map((w) => ({ path: `/embed/${w}/`, ready: `[data-embed="${w}"][data-ready="true"]` })),
	...lessonSlugs.map((slug) => ({
		path: `/embed/quiz/${slug}/`,
		ready: `[data-quiz-embed="${slug}"][data-ready="true"]`
	}))
];

/** Runs in the page: every problem found, as "what: selector (numbers)". */
function phoneProblems({ minText, minTarget }: { minText: number; minTarget: number }): string[] {
	const vw = document.documentElement.clientWidth;
	const out: string[] = [];
	const name = (el: Element): string => {
		const parts: string[] = [];
		for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
			let s = e.tagName.toLowerCase();
			if (e.id) {
				parts.unshift(`${s}#${e.id}`);
				break;
			}
			const cls = [...e.classList].filter((c) => !c.startsWith('s-') && !c.startsWith('svelte-'));
			if (cls.length) s += `.${cls.slice(0, 2).join('.')}`;
			for (const a of ['data-embed', 'data-grid', 'name', 'aria-label', 'data-figure'])
				if (e.hasAttribute(a)) {
					s += `[${a}="${e.getAttribute(a)!.slice(0, 30)}"]`;
					break;
				}
			const same = e.parentElement
				? [...e.parentElement.children].filter((c) => c.tagName === e!.tagName)
				: [];
			if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
			parts.unshift(s);
		}
		return parts.join(' > ');
	};
	const shown = (el: Element): boolean => {
		// Not rendered: display none, visibility hidden, opacity 0, or in a closed <details>.
		if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
			return false;
		for (let e: Element | null = el; e; e = e.parentElement) {
			const s = getComputedStyle(e);
			if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return false;
		}
		return true;
	};

	// 1. No sideways page scroll.
	const sw = document.documentElement.scrollWidth;
	if (sw > vw) {
		// Name what reaches furthest right, hidden or not: an absolutely placed (visually hidden)
		// child whose containing block is outside its scroll box widens the page too.
		// A shown element first: clipped content reaches far without widening anything.
		let far: Element | null = null;
		for (const visible of [true, false]) {
			let right = vw;
			for (const el of document.body.querySelectorAll('*')) {
				const r = el.getBoundingClientRect();
				if (r.width > 0 && r.right >= right && (!visible || shown(el))) [far, right] = [el, r.right];
			}
			if (far) break;
		}
		out.push(`page scrolls sideways: scrollWidth ${sw} > ${vw}${far ? `, widest: ${name(far)}` : ''}`);
	}

	// 2. Whatever sticks out is inside a sideways scroller that is itself on screen.
	const scroller = (el: Element): Element | null => {
		for (let e = el.parentElement; e && e !== document.documentElement; e = e.parentElement) {
			const ox = getComputedStyle(e).overflowX;
			if (ox === 'auto' || ox === 'scroll') return e;
		}
		return null;
	};
	const within = (r: DOMRect) => r.left >= -0.5 && r.right <= vw + 0.5;
	const reported = new Set<Element>();
	for (const el of document.body.querySelectorAll('*')) {
		const r = el.getBoundingClientRect();
		if (r.width < 1 || r.height < 1 || within(r)) continue;
		if (r.right <= 0) continue; // parked off screen on the left on purpose (the skip link): no scroll
		if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue; // the svg box decides
		const sc = scroller(el);
		if (sc && within(sc.getBoundingClientRect())) continue;
		if (!shown(el)) continue;
		// Report the outermost culprit only, not each of its children.
		let parentReported = false;
		for (let p = el.parentElement; p; p = p.parentElement) if (reported.has(p)) parentReported = true;
		reported.add(el);
		if (parentReported) continue;
		out.push(
			`sticks out of the viewport${sc ? ' (its scroller does too)' : ''}: ${name(el)} (${Math.round(r.left)}..${Math.round(r.right)} px)`
		);
	}

	// 3. Diagram text and the labels beside a canvas are legible.
	const small = new Map<string, number>();
	const note = (el: Element, px: number) => {
		const key = name(el);
		small.set(key, Math.min(px, small.get(key) ?? Infinity));
	};
	for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
		if (!t.textContent?.trim()) continue;
		const m = t.getScreenCTM();
		const scale = m ? Math.hypot(m.a, m.b) : 0;
		if (scale === 0 || t.getBoundingClientRect().width === 0 || !shown(t)) continue;
		const px = parseFloat(getComputedStyle(t).fontSize) * scale;
		if (px < minText - 0.05) note(t, px);
	}
	for (const c of document.querySelectorAll('canvas')) {
		const box = c.parentElement;
		if (!box) continue;
		for (const el of box.querySelectorAll('*')) {
			if (el.closest('svg, .katex') || !shown(el)) continue;
			const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
			if (!text || el.getBoundingClientRect().width === 0) continue;
			const px = parseFloat(getComputedStyle(el).fontSize);
			if (px < minText - 0.05) note(el, px);
		}
	}
	for (const [key, px] of small) out.push(`text under ${minText} px: ${key} (${px.toFixed(1)} px)`);

	// 4. Every box that scrolls sideways shows which edge has more (ui/scrollable.ts's cue).
	for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
		const ox = getComputedStyle(el).overflowX;
		if (ox !== 'auto' && ox !== 'scroll') continue;
		if (el.scrollWidth > el.clientWidth + 1 && !el.dataset.overflowing && shown(el))
			out.push(`scrolls sideways without a cue (data-overflowing): ${name(el)}`);
	}

	// 5. Targets ≥ 24×24 px, or spaced so a 24 px circle on each meets no other target.
	const inRunningText = (a: Element): boolean => {
		if (getComputedStyle(a).display !== 'inline') return false;
		const block = a.parentElement?.closest(
			'p, li, td, th, dd, dt, figcaption, blockquote, label, span, small'
		);
		if (!block) return false;
		return (block.textContent ?? '').trim().length > (a.textContent ?? '').trim().length + 1;
	};
	const targets = [
		...document.querySelectorAll<HTMLElement>(
			'button, input:not([type="hidden"]), select, textarea, summary, a[href], [role="button"], [role="tab"], [role="slider"]'
		)
	].filter((el) => {
		if (el.matches('a[href]') && inRunningText(el)) return false;
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.height > 0 && shown(el);
	});
	const rects = targets.map((el) => el.getBoundingClientRect());
	const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2];
	const nested = (a: HTMLElement, b: HTMLElement) => a.contains(b) || b.contains(a);
	const undersized = targets.map(
		(_, i) => rects[i].width < minTarget - 0.5 || rects[i].height < minTarget - 0.5
	);
	targets.forEach((el, i) => {
		if (!undersized[i]) return;
		const [cx, cy] = centre(rects[i]);
		const rad = minTarget / 2;
		const clash = targets.findIndex((other, j) => {
			if (j === i || nested(el, other)) return false;
			const r = rects[j];
			if (undersized[j]) {
				const [ox, oy] = centre(r);
				return Math.hypot(cx - ox, cy - oy) < minTarget - 0.5;
			}
			const dx = Math.max(r.left - cx, 0, cx - r.right);
			const dy = Math.max(r.top - cy, 0, cy - r.bottom);
			return Math.hypot(dx, dy) < rad - 0.5;
		});
		if (clash >= 0) {
			const r = rects[i];
			out.push(
				`target under ${minTarget} px without spacing: ${name(el)} (${r.width.toFixed(0)}×${r.height.toFixed(0)} px, near ${name(targets[clash])})`
			);
		}
	});
	return out;
}

async function check(page: Page, path: string, ready: string): Promise<string[]> {
	await page.goto(path);
	await expect(page.locator(ready).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	// Two frames: ResizeObservers and the legible-text pass run in the next rendering steps.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	return (await page.evaluate(phoneProblems, { minText: 12, minTarget: 24 })).map((p) => `${path}: ${p}`);
}

test.use({ viewport: { width: WIDTH, height: HEIGHT } });

for (const p of pages) {
	test(`${p.path} and /id${p.path} fit a ${WIDTH}×${HEIGHT} phone`, async ({ page }) => {
		const problems = [
			...(await check(page, p.path, p.ready)),
			...(await check(page, `/id${p.path}`, p.ready))
		];
		expect(problems).toEqual([]);
	});
}
