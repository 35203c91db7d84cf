// A rehype step for lesson markdown (mdsvex), run at build time:
//  - math from remark-math 3 is typeset with KaTeX (HTML + MathML, so screen readers get the
//    MathML) and emitted as a Svelte `{@html "..."}` block: KaTeX output is full of `{}`, which
//    Svelte would otherwise read as code, and no KaTeX code ships to the browser;
//  - h2/h3 headings get stable ids, and the list of them goes into the lesson's metadata as
//    `toc`, for the table of contents.
import katex from 'katex';

/** @param {string} tex @param {boolean} display */
export function renderMath(tex, display) {
	return katex.renderToString(tex, {
		displayMode: display,
		output: 'htmlAndMathml',
		throwOnError: true,
		strict: 'error'
	});
}

/** @param {string} html */
export function svelteHtmlBlock(html) {
	return `{@html ${JSON.stringify(html)}}`;
}

/** Lower-case, ASCII-ish slug; unique within one document via `seen`. */
/** @param {string} text @param {Map<string, number>} seen */
export function slugify(text, seen) {
	const base =
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'section';
	const n = seen.get(base) ?? 0;
	seen.set(base, n + 1);
	return n === 0 ? base : `${base}-${n}`;
}

/** @param {any} node @returns {string} */
function textOf(node) {
	if (node.type === 'text') return node.value;
	if (node.type === 'raw') return '';
	return (node.children ?? []).map(textOf).join('');
}

/**
 * Remove a trailing `{#id}` from a heading and return the id (or null).
 * @param {any} heading
 * @returns {string | null}
 */
export function takeExplicitId(heading) {
	const last = heading.children?.at(-1);
	if (!last || last.type !== 'text') return null;
	const m = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/.exec(last.value);
	if (!m) return null;
	last.value = last.value.slice(0, m.index);
	return m[1];
}

/** @param {any} node */
function classes(node) {
	const c = node.properties?.className;
	return Array.isArray(c) ? c : typeof c === 'string' ? c.split(' ') : [];
}

/** Svelte would warn that a table or code block is not interactive, yet focusable: it is, to scroll. */
const FOCUSABLE_OK = '<!-- svelte-ignore a11y_no_noninteractive_tabindex -->';

export function rehypeLesson() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		/** @type {{ id: string; text: string; level: number }[]} */
		const toc = [];
		const seen = new Map();
		/** @param {any} node */
		const walk = (node) => {
			if (!node.children) return;
			/** @type {any[]} */
			const out = [];
			for (const child of node.children) out.push(visit(child, out));
			node.children = out;
		};
		/** @param {any} child @param {any[]} out */
		const visit = (child, out) => {
			// mdsvex has already turned code blocks into raw `<pre …>` markup.
				if (child.type === 'raw' && /^<pre[\s>]/.test(child.value))
					return { ...child, value: child.value.replace(/^<pre/, `${FOCUSABLE_OK}<pre tabindex="0"`) };
				if (child.type !== 'element') return child;
				const cls = classes(child);
				if (cls.includes('math-inline') || cls.includes('math-display')) {
					const display = cls.includes('math-display');
					const html = renderMath(textOf(child).trim(), display);
					return {
						type: 'raw',
						// A long equation scrolls sideways on a phone: tabindex lets a keyboard scroll it too.
						value: svelteHtmlBlock(
							display ? `<div class="math-display" tabindex="0" role="group">${html}</div>` : html
						)
					};
				}
				// Code blocks and tables scroll sideways on a phone: make them keyboard-scrollable.
				if (child.tagName === 'pre' || child.tagName === 'table') {
					child.properties = { ...child.properties, tabIndex: 0 };
					out.push({ type: 'raw', value: FOCUSABLE_OK });
				}
				if (child.tagName === 'h2' || child.tagName === 'h3') {
					// `## Heading {#id}` sets the id: every language's copy of a lesson names its
					// sections alike, so quiz links and shared #links work in each.
					const explicit = takeExplicitId(child);
					if (explicit) seen.set(explicit, (seen.get(explicit) ?? 0) + 1);
					const text = textOf(child).trim();
					const id = explicit ?? child.properties?.id ?? slugify(text, seen);
					child.properties = { ...child.properties, id };
					toc.push({ id, text, level: child.tagName === 'h2' ? 2 : 3 });
				}
				walk(child);
				return child;
		};
		walk(tree);
		file.data.fm = { ...(file.data.fm ?? {}), toc };
	};
}
