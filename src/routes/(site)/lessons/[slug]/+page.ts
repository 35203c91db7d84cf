import { error } from '@sveltejs/kit';
import { loadLesson, lessonSlugs } from '$lib/content';

export function entries() {
	return lessonSlugs().map((slug) => ({ slug }));
}

export async function load({ params }) {
	const mod = await loadLesson(params.slug);
	if (!mod) error(404, `No lesson called ${params.slug}`);
	return { slug: params.slug, Lesson: mod.default };
}
