// The browser fuzz layer (issue 17): seeded hostile embed links, the same values and the same
// judge as the Vitest layer (src/lib/widgets/fuzz.test.ts, src/lib/embed/fuzz.ts), but in a real
// page, where pictures load and effects run. 40 cases by default; `FUZZ_CASES=400` for more,
// `FUZZ_SEED=<n>` (or `random`) to change the seed, which every run prints.
//
// For each case: no page error and no console error; no NaN, Infinity or undefined shown; script
// payloads stay text; and where the widget's share query (data-query) shows a value other than
// the one asked for, a visible message that names the parameter.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { widgetNames } from './site';
import {
	asked,
	badText,
	caseQuery,
	fuzzCount,
	fuzzSeed,
	keptAsAsked,
	namesParam,
	PWNED,
	randomCases,
	REPORTED,
	type FuzzCase
} from '../src/lib/embed/fuzz';

const SEED = fuzzSeed(process.env);
const N = fuzzCount(process.env, 40);
/** A shared link never starts training by itself, so the lab's share query leaves it out. */
const UNJUDGED: Record<string, string[]> = { 'training-lab': ['autostart'] };

console.log(`fuzz (playwright): ${N} cases, seed ${SEED}; repeat with FUZZ_SEED=${SEED} FUZZ_CASES=${N}`);

interface Known {
	defaults: Map<string, string>;
	baseline: Set<string>;
}
const known = new Map<string, Known>();

/**
 * Open /embed/<widget>/?<query>. Links of 100 k characters are longer than a server reads
 * (Node stops at 16 KB), so the page is served from its plain path and the query stays in the
 * address bar, where the embed reads it: the widget sees exactly the link a learner pasted.
 */
async function open(page: Page, widget: string, query: string) {
	const path = `/embed/${widget}/`;
	await page.route(
		(url) => url.pathname === path && url.search !== '',
		async (route) =>
			route.fulfill({ response: await route.fetch({ url: new URL(path, route.request().url()).href }) })
	);
	await page.goto(`${path}${query ? `?${query}` : ''}`);
	await expect(page.locator(`[data-embed="${widget}"][data-ready="true"]`)).toBeVisible();
	await page.waitForLoadState('networkidle');
	// Give effects (pictures decoded, clamps that follow them) a moment to settle.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

const statusTexts = (page: Page) =>
	page.locator('[role="status"], [role="alert"]').evaluateAll((els) =>
		els
			.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed')
			.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
			.filter(Boolean)
	);

async function learn(page: Page, widget: string): Promise<Known> {
	const have = known.get(widget);
	if (have) return have;
	await open(page, widget, '');
	const raw = (await page.locator('[data-embed]').getAttribute('data-defaults')) ?? '';
	const k = { defaults: new Map(new URLSearchParams(raw)), baseline: new Set(await statusTexts(page)) };
	known.set(widget, k);
	return k;
}

async function paramNames(page: Page): Promise<Record<string, string[]>> {
	const out: Record<string, string[]> = {};
	for (const w of widgetNames) out[w] = [...(await learn(page, w)).defaults.keys()];
	return out;
}

let cases: FuzzCase[] | null = null;

const named = (i: number) =>
	i < REPORTED.length ? `reported case ${i + 1}` : `fuzz case ${i - REPORTED.length + 1}/${N} (seed ${SEED})`;

for (let i = 0; i < REPORTED.length + N; i++) {
	test(named(i), async ({ page, watch }) => {
		test.slow();
		cases ??= [...REPORTED, ...randomCases(SEED, N, await paramNames(page))];
		const c = cases[i];
		const { defaults, baseline } = await learn(page, c.widget);
		watch.errors.length = 0;
		const query = caseQuery(c);
		const where = `/embed/${c.widget}/?${query.slice(0, 300)}`;
		await open(page, c.widget, query);

		expect(watch.errors, `${where}: console or page errors`).toEqual([]);
		expect(await page.evaluate((k) => k in window, PWNED), `${where}: a payload ran`).toBe(false);
		expect(await page.locator('img[src="x"]').count(), `${where}: a payload became markup`).toBe(0);

		let text = await page.locator('main').innerText();
		// A free-text parameter may legitimately show the words it was given.
		for (const v of asked(c).values()) if (v) text = text.split([...v].slice(0, 40).join('')).join(' ');
		expect(badText(text), `${where}: bad text`).toBeNull();

		const shownQuery = new URLSearchParams(
			(await page.locator('[data-query]').first().getAttribute('data-query')) ?? ''
		);
		const messages = (await statusTexts(page)).filter((m) => !baseline.has(m));
		for (const [name, raw] of asked(c)) {
			if (!defaults.has(name) || UNJUDGED[c.widget]?.includes(name)) continue;
			const shown = shownQuery.get(name) ?? defaults.get(name)!;
			if (keptAsAsked(raw, shown)) continue;
			expect(
				messages.some((m) => namesParam(m, name)),
				`${where}: ${name}=${raw.slice(0, 40)} shows as ${shown.slice(0, 40)}; messages: ${messages.join(' | ')}`
			).toBe(true);
		}
		expect(
			messages.every((m) => m.length <= 600),
			`${where}: a message longer than 600 characters`
		).toBe(true);
	});
}
