import { base } from '$app/paths';

/** The absolute /embed/ link for a widget in a given state. */
export function embedHref(name: string, query: string, origin: string): string {
	return `${origin}${base}/embed/${name}/${query ? `?${query}` : ''}`;
}
