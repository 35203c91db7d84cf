// Hostile query values and the judge that decides whether a widget dealt with them honestly.
// Shared by the Vitest layer (src/lib/widgets/fuzz.test.ts, every value for every parameter of
// every widget) and the Playwright layer (tests/fuzz.spec.ts, a seeded sample in a browser), so
// both throw the same values and apply the same rule. Plain TypeScript: no $lib, no DOM.
import { rng, type Rng } from '../math/rng';

/** A scripted payload: if it ever runs, it sets this global. */
export const PWNED = '__fuzzPwned';

const matrixText = (n: number, m = n, v = (i: number, j: number) => (i + j) % 3) =>
	Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => v(i, j)).join(',')).join(';');

/** Hostile values, each with a short label for test names. Deterministic. */
export function hostileValues(): { label: string; value: string }[] {
	const r = rng(2001);
	return [
		{ label: 'empty', value: '' },
		{ label: 'spaces', value: '   ' },
		{ label: 'NaN', value: 'NaN' },
		{ label: '+Infinity', value: 'Infinity' },
		{ label: '-Infinity', value: '-Infinity' },
		{ label: '1e308', value: '1e308' },
		{ label: '-1e308', value: '-1e308' },
		{ label: '1e309 overflow', value: '1e309' },
		{ label: '400 nines', value: '9'.repeat(400) },
		{ label: 'underflow', value: '1e-400' },
		{ label: '-0', value: '-0' },
		{ label: 'hex', value: '0x1F' },
		{ label: 'comma decimal', value: '1,5' },
		{ label: 'padded', value: '  3  ' },
		{ label: 'undefined', value: 'undefined' },
		{ label: 'null', value: 'null' },
		{ label: '__proto__', value: '__proto__' },
		{ label: '100k chars', value: 'x'.repeat(100_000) },
		{ label: '100k digits list', value: Array.from({ length: 50_000 }, () => '1').join(',') },
		{ label: 'unicode', value: 'défaut ☃ 𝔘𝔫𝔦 ٣ ‮rtl' },
		{ label: 'NUL', value: 'a\u0000b' },
		{ label: 'literal %00', value: '%00' },
		{ label: 'script tag', value: `<script>window.${PWNED}=1</script>` },
		{ label: 'img onerror', value: `<img src=x onerror="window.${PWNED}=1">` },
		{ label: 'svelte html', value: '{@html "<b>x</b>"}' },
		{ label: '64×64 matrix', value: matrixText(64) },
		{ label: '65×65 matrix', value: matrixText(65) },
		{ label: '1e308 matrix', value: '1e308,1e308;1e308,1e308' },
		{ label: 'ragged matrix', value: '1,2;3' },
		{ label: 'ragged matrix 2', value: '1,2,3;4,5;6,7,8' },
		{ label: 'empty cells', value: ',,;,,' },
		{ label: 'only separators', value: ';;;' },
		{ label: 'column', value: '1;2;3;4;5' },
		{ label: 'short list', value: '1' },
		{ label: 'long list', value: '0.5,0.5,0.5,0.5,0.5' },
		{ label: '2000 scores', value: Array.from({ length: 2000 }, () => r().toFixed(3)).join(',') },
		{ label: '2001 scores', value: Array.from({ length: 2001 }, () => r().toFixed(3)).join(',') },
		{ label: '2001 labels', value: Array.from({ length: 2001 }, () => (r() < 0.5 ? 0 : 1)).join(',') },
		{ label: 'labels 0/1/2', value: '0,1,2' }
	];
}

/** A query value made comparable: trimmed, lower case, numbers written one way. */
function canonical(s: string): string {
	let v = s.trim().toLowerCase();
	v = v.replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
	v = v.replace(/\s*([,;])\s*/g, '$1').replace(/;+$/, '');
	return v.replace(/[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/g, (tok) => {
		const x = Number(tok);
		return Number.isFinite(x) ? String(x === 0 ? 0 : x) : tok;
	});
}

const TRUE = ['true', '1', 'yes', 'on', ''];
const FALSE = ['false', '0', 'no', 'off'];

/**
 * Whether the widget shows what was asked for: `shown` is the parameter's value in the widget's
 * own share query (or its formatted default when the query leaves it out). False means the value
 * was refused, clamped, cut or replaced, which must be said in words naming the parameter.
 */
export function keptAsAsked(raw: string, shown: string): boolean {
	const a = canonical(raw),
		b = canonical(shown);
	if (a === b) return true;
	// A list parameter reads `;` as `,` (b1=1;2;3 is the list 1,2,3).
	if (!b.includes(';') && a.replace(/;/g, ',') === b) return true;
	if (b === 'true') return TRUE.includes(a);
	if (b === 'false') return FALSE.includes(a);
	return false;
}

/** Whether `text` names parameter `name` as a word (so `x` is not found in `max` or `3×3`). */
export function namesParam(text: string, name: string): boolean {
	const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\p{L}\\p{N}_-])${esc}($|[^\\p{L}\\p{N}_-])`, 'iu').test(text);
}

/** Text a learner must never see: a number that failed, or a value that was never set. */
export const BAD_TEXT = /\b(NaN|undefined)\b|(^|[^\p{L}])-?Infinity\b/u;

/** Prose that says "undefined" on purpose (a metric of 0/0; a kernel that sums to 0). */
const MEANT_UNDEFINED = [/dividing by 0 is undefined/g, /= undefined Undefined:/g, /\(not undefined\)/g];

/** The first of BAD_TEXT in `text`, leaving out quoted values (“…”) and prose meant so; or null. */
export function badText(text: string): string | null {
	const s = MEANT_UNDEFINED.reduce((acc, re) => acc.replace(re, ''), text.replace(/“[^”]*”/g, ''));
	const at = s.search(BAD_TEXT);
	return at < 0 ? null : `…${s.slice(Math.max(0, at - 60), at + 60)}…`;
}

export interface FuzzCase {
	widget: string;
	/** [name, value] pairs in query order (a name may repeat). */
	pairs: [string, string][];
}

/** The cases issue 17 reported, kept so they stay fixed. */
export const REPORTED: FuzzCase[] = [
	{ widget: 'convolution', pairs: [['kernel', '1e308,1e308;1e308,1e308']] },
	{
		widget: 'confusion-matrix',
		pairs: [
			['positive', 'OK'],
			['negative', 'OK']
		]
	},
	{
		widget: 'network',
		pairs: [
			['output', 'classification'],
			['y', '3']
		]
	}
];

/** The query string of a case, every value percent-encoded. */
export function caseQuery(c: FuzzCase): string {
	return c.pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** The first value given for each name (what URLSearchParams.get reads). */
export function asked(c: FuzzCase): Map<string, string> {
	const m = new Map<string, string>();
	for (const [k, v] of c.pairs) if (!m.has(k)) m.set(k, v.trim());
	return m;
}

/**
 * `n` seeded cases over `widgets` (name → parameter names): one, two or three hostile
 * parameters, sometimes a key repeated, sometimes two parameters given one value.
 */
export function randomCases(seed: number, n: number, widgets: Record<string, string[]>): FuzzCase[] {
	const r: Rng = rng(seed);
	const values = hostileValues();
	const names = Object.keys(widgets).sort();
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
	const cases: FuzzCase[] = [];
	for (let i = 0; i < n; i++) {
		const widget = pick(names);
		const params = widgets[widget];
		const pairs: [string, string][] = [];
		const k = 1 + Math.floor(r() * 3);
		for (let j = 0; j < k && params.length > 0; j++) pairs.push([pick(params), pick(values).value]);
		const twist = r();
		if (twist < 0.2)
			pairs.push([pairs[0][0], pick(values).value]); // a repeated key
		else if (twist < 0.4 && params.length > 1) pairs.push([pick(params), pairs[0][1]]); // one value twice
		cases.push({ widget, pairs });
	}
	return cases;
}

/** Seed used when FUZZ_SEED is unset, so `npm test` repeats exactly. */
export const DEFAULT_SEED = 17;

/**
 * The seed from FUZZ_SEED: a whole number, or `random` for a fresh one. The tests print it, so
 * a failure found with a fresh seed can be repeated with `FUZZ_SEED=<it>`.
 */
export function fuzzSeed(env: Record<string, string | undefined>): number {
	if (env.FUZZ_SEED === 'random') return Math.floor(Math.random() * 2 ** 31);
	const s = Number(env.FUZZ_SEED);
	return env.FUZZ_SEED && Number.isInteger(s) ? s : DEFAULT_SEED;
}

/** The case count from `FUZZ_CASES`, else `fallback`. */
export function fuzzCount(env: Record<string, string | undefined>, fallback: number): number {
	const n = Number(env.FUZZ_CASES);
	return env.FUZZ_CASES && Number.isInteger(n) && n > 0 ? n : fallback;
}
