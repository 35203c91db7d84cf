// Every language shares one set of routes: /id/lessons/x/ is the route /lessons/[slug]/ read in
// Indonesian. The page's language comes from the path (src/lib/i18n/locale.ts).
import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOfPath, stripLocale } from '$lib/i18n/locale';

export const reroute: Reroute = ({ url }) => {
	const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
	if (localeOfPath(path) === 'en') return;
	return base + stripLocale(path);
};
