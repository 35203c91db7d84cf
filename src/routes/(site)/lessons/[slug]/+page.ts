import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { loadLessonIn, lessonSlugs } from '$lib/content';
import { localeOfPath } from '$lib/i18n/locale';

export function entries() {
	return lessonSlugs().map((slug) => ({ slug }));
}

export async function load({ params, url }) {
	const found = await loadLessonIn(params.slug, localeOfPath(url.pathname.slice(base.length)));
	if (!found) error(404, `No lesson called ${params.slug}`);
	return { slug: params.slug, Lesson: found.mod.default, proseLang: found.locale };
}
