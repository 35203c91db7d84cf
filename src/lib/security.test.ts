// Issue 17, item 4: the Content Security Policy SvelteKit writes into every page, and user text
// never rendered as markup. A new `{@html}` fails here until it is reviewed and listed below with
// the reason its input cannot carry user text, and a test that tries.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from 'svelte/server';
import type { Config } from '@sveltejs/kit';
import MetricList from './widgets/confusion-matrix/MetricList.svelte';
import { math, mi, mn, mo, mrow, mtext } from './ui/mathml';

const root = join(import.meta.dirname, '../..');
// Loaded by path, so the type checker does not take the plain-JS config into the program.
const config: Config = (await import(/* @vite-ignore */ pathToFileURL(join(root, 'svelte.config.js')).href))
	.default;

function files(dir: string, ext: RegExp): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
	});
}

/** Every reviewed `{@html …}`: file → the expressions it renders, and why they are safe. */
const REVIEWED: Record<string, { expressions: string[]; why: string }> = {
	'src/lib/widgets/confusion-matrix/MetricList.svelte': {
		expressions: ['general(name)', 'filled(name)'],
		why: 'MathML from ui/mathml.ts: metric symbols from the catalogue and counts, every text node escaped'
	}
};

describe('{@html} is never fed user text', () => {
	it('every use in src/ and content/ is reviewed', () => {
		const found: Record<string, string[]> = {};
		for (const f of [
			...files(join(root, 'src'), /\.(svelte|md)$/),
			...files(join(root, 'content'), /\.(svelte|md)$/)
		]) {
			const uses = [...readFileSync(f, 'utf8').matchAll(/\{@html\s+([^}]*)\}/g)].map((m) => m[1].trim());
			if (uses.length) found[relative(root, f)] = uses;
		}
		expect(found).toEqual(Object.fromEntries(Object.entries(REVIEWED).map(([f, r]) => [f, r.expressions])));
	});

	it('MetricList: class names and counts from a link stay text', () => {
		const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const { body } = render(MetricList, {
			props: { counts: { tp: 1, fp: 2, fn: 3, tn: 4 }, positive: payload, negative: `${payload}&amp;` }
		});
		expect(body).not.toContain('<img');
		expect(body).not.toContain('<script');
		expect(body).toContain('&lt;img src=x');
	});

	it('the MathML builder escapes any text it is given', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const out = math(mrow(mi(s), mo(s), mn(s), mtext(s)), { label: s });
				// Outside the builder's own tags, no markup character survives.
				const bare = out.replace(/<\/?(math|mrow|mi|mo|mn|mtext)( [a-z-]+="[^"<>]*")*>/g, '');
				expect(bare).not.toMatch(/[<>"]/);
			})
		);
	});
});

describe('Content Security Policy (svelte.config.js kit.csp)', () => {
	const csp = config.kit!.csp!;
	const d = csp.directives!;

	it('scripts by hash: no unsafe-inline, no unsafe-eval (only WebAssembly compilation)', () => {
		expect(csp.mode).toBe('hash');
		expect(d['script-src']).toEqual(['self', 'wasm-unsafe-eval']);
		for (const list of Object.values(d)) {
			expect(list).not.toContain('unsafe-eval');
			if (list === d['style-src']) continue;
			expect(list).not.toContain('unsafe-inline');
		}
	});

	it('no plugins, no <base> from elsewhere, forms stay on the site', () => {
		expect(d['object-src']).toEqual(['none']);
		expect(d['base-uri']).toEqual(['self']);
		expect(d['form-action']).toEqual(['self']);
		expect(d['default-src']).toEqual(['self']);
	});

	it('frame-ancestors is left to the host: a <meta> policy cannot set it', () => {
		// Browsers ignore frame-ancestors (and report-uri, sandbox) in a <meta> policy, which is
		// all a static site can write; the README ("Limits and bad input") gives the headers.
		expect(d['frame-ancestors']).toBeUndefined();
	});
});
