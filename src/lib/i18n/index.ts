import type { en } from './en';
import offline from './areas/offline';
import progress from './areas/progress';
import quiz from './areas/quiz';
import site from './areas/site';
import { DEFAULT_LOCALE, LANG_TAG, LOCALES, type Locale } from './locale';
import { localizeDecimal } from './number';

export type { Locale } from './locale';
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/**
 * One area's strings (src/lib/i18n/areas/<area>.ts, one module each, so that the bundler puts
 * each area only into the pages whose parts import it), in every language: `id` mirrors `en`
 * key for key (src/lib/i18n/id/<area>.ts is typed by the English module).
 */
export type Area = Record<Locale, Partial<Messages>>;

/**
 * The strings loaded so far, per language. Areas come in as the parts that use them load
 * (useStrings), so a lesson page carries its own widgets' strings and not the whole catalogue.
 */
const loaded: Record<Locale, Partial<Messages>> = { en: {}, id: {} };

/** Make areas' strings available to t(); a part calls this in its script, after its imports. */
export function useStrings(...areas: readonly Area[]): void {
	for (const area of areas) for (const l of LOCALES) Object.assign(loaded[l], area[l]);
}

// What every page shows: the site's frame, progress, quizzes and the offline notice.
useStrings(site, progress, quiz, offline);

// The page's language. The root layout sets it from the URL before any page component runs
// (server render and hydration alike), and a navigation into the other language reloads the
// page (src/routes/+layout.svelte), so one page never mixes two languages. Prerendering renders
// one page at a time (kit.prerender.concurrency is 1) and a render is synchronous.
let current: Locale = DEFAULT_LOCALE;

export function setLocale(locale: Locale): void {
	current = locale;
}

/** The language of the page being shown ('en' until the layout says otherwise). */
export function getLocale(): Locale {
	return current;
}

/**
 * Look up an interface string in the page's language (or in `locale`) and fill its
 * placeholders: `{name}`, and plurals as `{n, plural, one {# file} other {# files}}` chosen by the
 * language's own plural rules (Intl.PluralRules; `=k` matches an exact count first). Numbers
 * given as values are written with the language's decimal sign.
 */
export function t(
	key: MessageKey,
	vars: Record<string, string | number> = {},
	locale: Locale = current
): string {
	return format(loaded[locale][key] ?? loaded.en[key] ?? key, vars, locale);
}

const rules = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
	let r = rules.get(locale);
	if (!r) rules.set(locale, (r = new Intl.PluralRules(LANG_TAG[locale])));
	return r;
}

function show(value: string | number, locale: Locale): string {
	return typeof value === 'number' ? localizeDecimal(String(value), locale) : value;
}

/** The index of the `}` closing the `{` at `open`, or -1. */
function closing(s: string, open: number): number {
	let depth = 0;
	for (let i = open; i < s.length; i++) {
		if (s[i] === '{') depth++;
		else if (s[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

function plural(
	body: string,
	value: string | number | undefined,
	vars: Record<string, string | number>,
	locale: Locale
) {
	const forms = new Map<string, string>();
	const re = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
	let i = 0;
	while (i < body.length) {
		re.lastIndex = i;
		const m = re.exec(body);
		if (!m) break;
		const open = re.lastIndex - 1;
		const end = closing(body, open);
		if (end < 0) break;
		forms.set(m[1], body.slice(open + 1, end));
		i = end + 1;
	}
	const n = Number(value);
	if (value === undefined || !Number.isFinite(n)) return null;
	const form = forms.get(`=${n}`) ?? forms.get(pluralRules(locale).select(n)) ?? forms.get('other');
	if (form === undefined) return null;
	return format(form, vars, locale).replace(/#/g, show(value, locale));
}

export function format(
	template: string,
	vars: Record<string, string | number>,
	locale: Locale = current
): string {
	let out = '';
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf('{', i);
		if (open < 0) {
			out += template.slice(i);
			break;
		}
		out += template.slice(i, open);
		const end = closing(template, open);
		if (end < 0) {
			out += template.slice(open);
			break;
		}
		const inner = template.slice(open + 1, end);
		const name = /^(\w+)$/.exec(inner);
		const pl = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
		let replaced: string | null = null;
		if (name && name[1] in vars) replaced = show(vars[name[1]], locale);
		else if (pl) replaced = plural(pl[2], vars[pl[1]], vars, locale);
		out += replaced ?? template.slice(open, end + 1);
		i = end + 1;
	}
	return out;
}
