import type { en } from './en';
import offline from './areas/offline';
import progress from './areas/progress';
import quiz from './areas/quiz';
import site from './areas/site';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/**
 * One area's strings (src/lib/i18n/areas/<area>.ts, one module each, so that the bundler puts
 * each area only into the pages whose parts import it), per language.
 */
export interface Area {
	en: Partial<Messages>;
}

/**
 * The strings loaded so far. Areas come in as the parts that use them load (useStrings), so a
 * lesson page carries its own widgets' strings and not the whole catalogue. The Indonesian
 * edition adds `id/` beside `en/` and picks by route.
 */
const loaded: Partial<Messages> = {};
/** The catalogue's language, for plural rules (Indonesian has one form, English two). */
const locale = 'en';

/** Make areas' strings available to t(); a widget calls this once, in its module script. */
export function useStrings(...areas: readonly Area[]): void {
	for (const area of areas) Object.assign(loaded, area.en);
}

// What every page shows: the site's frame, progress, quizzes and the offline notice.
useStrings(site, progress, quiz, offline);

/** Look up an interface string and fill its `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	return format(loaded[key] ?? key, vars, locale);
}

// `{n, plural, one {# row} other {# rows}}` (the ICU MessageFormat subset): `=k` matches the exact
// count first, then the locale's plural category, then `other`; `#` is the count. Forms may hold
// plain `{name}` placeholders. So no message needs "row(s)", and each language gives its own forms.
const PLURAL =
	/\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

export function format(
	template: string,
	vars: Record<string, string | number>,
	lang: string = locale
): string {
	const rules = new Intl.PluralRules(lang);
	const plural = template.replace(PLURAL, (whole, name: string, body: string) => {
		const n = Number(vars[name]);
		if (!(name in vars) || !Number.isFinite(n)) return whole;
		const forms = new Map([...body.matchAll(FORM)].map((m) => [m[1], m[2]] as const));
		const form = forms.get(`=${n}`) ?? forms.get(rules.select(n)) ?? forms.get('other');
		return form === undefined ? whole : form.replace(/#/g, String(n));
	});
	return plural.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
