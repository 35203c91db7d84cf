import { lessonIndex } from '$lib/content';
import { localeOfPath } from '$lib/i18n/locale';
import { base } from '$app/paths';

// Runs at build time only: the lesson list reaches the browser as data, not as lesson code.
export async function load({ url }) {
	return { lessons: await lessonIndex(localeOfPath(url.pathname.slice(base.length))) };
}
