// The site's languages and how a URL names one. English pages live at the root (/lessons/x/);
// every other language under its own prefix (/id/lessons/x/), with the same slugs and parameters.

export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tag for Intl (number formats, plural rules) and for `lang` / `hreflang`. */
export const LANG_TAG: Record<Locale, string> = { en: 'en', id: 'id' };

/** The language's own name, for the language switch. */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };

export function isLocale(x: string): x is Locale {
	return (LOCALES as readonly string[]).includes(x);
}

/** The locale a path (without the base path) is in: `/id/…` is Indonesian, anything else English. */
export function localeOfPath(path: string): Locale {
	const first = path.split('/')[1] ?? '';
	return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The path with any language prefix removed: `/id/lessons/x/` → `/lessons/x/`. */
export function stripLocale(path: string): string {
	const locale = localeOfPath(path);
	if (locale === DEFAULT_LOCALE) return path;
	const rest = path.slice(locale.length + 1);
	return rest === '' ? '/' : rest;
}

/** The same page in `locale`: `/lessons/x/` → `/id/lessons/x/` and back. Query and hash are kept. */
export function localizePath(path: string, locale: Locale): string {
	const plain = stripLocale(path);
	return locale === DEFAULT_LOCALE ? plain : `/${locale}${plain}`;
}
