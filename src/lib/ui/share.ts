import { localHref } from '$lib/i18n/href';

/** The absolute /embed/ link for a widget in a given state, in the page's language. */
export function embedHref(name: string, query: string, origin: string): string {
	return `${origin}${localHref(`/embed/${name}/`)}${query ? `?${query}` : ''}`;
}
