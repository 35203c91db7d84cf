// Each page loads only the string areas its parts register (useStrings). This checks, from the
// source, that every part a page can show registers — itself or through what it imports — every
// area whose keys it uses; a miss would print a raw key. Keys count as used wherever they appear
// as a string ('fg.title') or as the start of a template (`image.${name}`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = normalize(join(__dirname, '..', '..'));
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

// key → area, from the one-module-per-area English files
const areaOf = new Map<string, string>();
for (const file of readdirSync(join(__dirname, 'en'))) {
	if (file === 'index.ts') continue;
	const text = readFileSync(join(__dirname, 'en', file), 'utf8');
	for (const m of text.matchAll(/^\s*'([^']+)'\s*:/gm)) areaOf.set(m[1], camel(file.replace(/\.ts$/, '')));
}
const keys = [...areaOf.keys()];
/** The areas a file registers: useStrings(x, y) with x, y imported from i18n/areas/<area>. */
function registered(text: string): string[] {
	const area = new Map(
		[...text.matchAll(/import (\w+) from '(?:\$lib\/i18n|\.)\/areas\/([\w-]+)'/g)].map((m) => [
			m[1],
			camel(m[2])
		])
	);
	return [...text.matchAll(/useStrings\(([^)]*)\)/g)].flatMap((m) =>
		m[1]
			.split(',')
			.map((s) => area.get(s.trim()))
			.filter((a): a is string => a !== undefined)
	);
}
// What index.ts itself registers, on every page.
const core = new Set(registered(readFileSync(join(__dirname, 'index.ts'), 'utf8')));

function resolve(from: string, spec: string): string | null {
	const base = spec.startsWith('$lib/')
		? join(src, 'lib', spec.slice(5))
		: spec.startsWith('.')
			? normalize(join(dirname(from), spec))
			: null;
	if (!base) return null;
	for (const c of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts'), `${base}.svelte.ts`])
		if (existsSync(c) && statSync(c).isFile()) return c;
	return null;
}

function imports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const out: string[] = [];
	const re = /(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
	for (const m of text.matchAll(re)) {
		if (m[1]) continue;
		const r = resolve(file, m[2]);
		if (r) out.push(r);
	}
	for (const m of text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)) {
		const r = resolve(file, m[1]);
		if (r) out.push(r);
	}
	return out;
}

function used(file: string): Set<string> {
	// Math never translates (it names a problem by its key, for the page to say); the part that
	// shows the key registers its area.
	if (file.includes(join('lib', 'math'))) return new Set();
	const text = readFileSync(file, 'utf8');
	const out = new Set<string>();
	for (const m of text.matchAll(/'([a-z0-9][a-z0-9.-]*)'|"([a-z0-9][a-z0-9.-]*)"/g)) {
		const a = areaOf.get(m[1] ?? m[2]);
		if (a) out.add(a);
	}
	for (const m of text.matchAll(/`([a-z0-9][a-z0-9.-]*\.)\$\{/g))
		for (const k of keys) if (k.startsWith(m[1])) out.add(areaOf.get(k)!);
	return out;
}

/** Files a part loads (not the i18n modules themselves), and what they use and register. */
function audit(entry: string) {
	const seen = new Set<string>();
	const stack = [entry];
	while (stack.length) {
		const f = stack.pop()!;
		if (seen.has(f) || f.includes(`${join('lib', 'i18n')}`)) continue;
		seen.add(f);
		stack.push(...imports(f));
	}
	const use = new Map<string, string>();
	const have = new Set(core);
	for (const f of seen) {
		for (const a of used(f)) if (!use.has(a)) use.set(a, relative(src, f));
		for (const a of registered(readFileSync(f, 'utf8'))) have.add(a);
	}
	return { use, have };
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

// What a page can show: every widget and part the lessons' barrel exports, every route, the lab's worker.
const barrel = readFileSync(join(src, 'lib', 'widgets', 'index.ts'), 'utf8');
const entries = [
	...[...barrel.matchAll(/from '([^']+)'/g)].map((m) =>
		resolve(join(src, 'lib', 'widgets', 'index.ts'), m[1])!
	),
	...walk(join(src, 'routes')).filter((f) => /\+(page|layout)\.svelte$/.test(f)),
	join(src, 'lib', 'lab', 'worker.ts')
];

describe('each part loads the strings it shows', () => {
	it('finds the keys it looks for (the check itself works)', () => {
		const pix = audit(join(src, 'lib', 'widgets', 'pixel-inspector', 'Widget.svelte'));
		expect([...pix.use.keys()]).toEqual(expect.arrayContaining(['images', 'site']));
		expect(entries.length).toBeGreaterThan(20);
		expect([...core].sort()).toEqual(['offline', 'progress', 'quiz', 'site']);
		expect(pix.have).toContain('images');
	});

	it.each(entries.map((e) => [relative(src, e), e]))('%s', (_, entry) => {
		const { use, have } = audit(entry);
		const missing = [...use].filter(([a]) => !have.has(a)).map(([a, f]) => `${a} (used in ${f})`);
		expect(missing).toEqual([]);
	});
});

// A parameter table names a link's problems while the link is read, before any part that shows
// them has loaded: each table registers, itself, every area whose keys it uses.
const tables = walk(join(src, 'lib')).filter((f) => /params\.ts$/.test(f) && !f.includes('.test.'));

describe('each parameter table loads the strings it uses', () => {
	it('finds the tables', () => expect(tables.length).toBeGreaterThan(20));
	it.each(tables.map((f) => [relative(src, f), f]))('%s', (_, file) => {
		const have = new Set([...core, ...registered(readFileSync(file, 'utf8'))]);
		expect([...used(file)].filter((a) => !have.has(a))).toEqual([]);
	});
});
