// Links inside the site stay in the page's language: /lessons/x/ on an Indonesian page is
// /id/lessons/x/. Paths are given without the base path, as in the URL contract.
import { base } from '$app/paths';
import { getLocale } from './index';
import { localizePath, stripLocale, type Locale } from './locale';

/** `path` (e.g. `/lessons/convolution/`) in the page's language, with the base path. */
export function localHref(path: string, locale: Locale = getLocale()): string {
	return base + localizePath(path, locale);
}

/** The path of a URL without base path and language prefix: `/base/id/lessons/x/` → `/lessons/x/`. */
export function pagePath(pathname: string): string {
	const path = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
	return stripLocale(path);
}
