import { describe, expect, it } from 'vitest';
import { parseFolder } from './index';
import { renderMath, slugify, svelteHtmlBlock } from './rehype-lesson.js';

describe('lesson folders', () => {
	it('parse NN-slug', () => {
		expect(parseFolder('07-convolution')).toEqual({ order: 7, slug: 'convolution' });
		expect(parseFolder('10-case-study')).toEqual({ order: 10, slug: 'case-study' });
		expect(parseFolder('convolution')).toBeNull();
		expect(parseFolder('01-Bad_Slug')).toBeNull();
	});
});

describe('rehype-lesson', () => {
	it('renders KaTeX with MathML kept for screen readers', () => {
		const html = renderMath('\\hat{y} = w x + b', false);
		expect(html).toContain('<math');
		expect(html).toContain('class="katex"');
		expect(() => renderMath('\\frac{', false)).toThrow();
	});
	it('wraps HTML so Svelte reads it as one literal string', () => {
		const block = svelteHtmlBlock('<span>{a}</span>');
		expect(block).toBe('{@html "<span>{a}</span>"}');
		expect(JSON.parse(block.slice('{@html '.length, -1))).toBe('<span>{a}</span>');
	});
	it('makes unique slugs', () => {
		const seen = new Map();
		expect(slugify('Why environments?', seen)).toBe('why-environments');
		expect(slugify('Why environments?', seen)).toBe('why-environments-1');
		expect(slugify('Überblick & Ziele', seen)).toBe('uberblick-ziele');
		expect(slugify('!!!', seen)).toBe('section');
	});
});

describe('rehype-lesson on a whole lesson', () => {
	it('typesets math, ids headings, and makes tables and code keyboard-scrollable', async () => {
		const { compile } = await import('mdsvex');
		const remarkMath = (await import('remark-math')).default;
		const { rehypeLesson } = await import('./rehype-lesson.js');
		const md = '## Why {it} works\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```bash\nls\n```\n\n$$\nx^2\n$$\n';
		const out = await compile(md, { extensions: ['.md'], remarkPlugins: [remarkMath], rehypePlugins: [rehypeLesson] });
		const code = out!.code;
		expect(code).toContain('<h2 id="why-it-works">');
		expect(code).toContain('"toc":[{"id":"why-it-works"');
		expect(code).toMatch(/svelte-ignore a11y_no_noninteractive_tabindex --><table tabindex="0">/);
		expect(code).toMatch(/svelte-ignore a11y_no_noninteractive_tabindex --><pre tabindex="0"/);
		expect(code).toContain('math-display\\" tabindex=\\"0\\"');
		expect(code).toContain('<math');
	});
});
