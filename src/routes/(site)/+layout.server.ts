import { lessonIndex } from '$lib/content';

// Runs at build time only: the lesson list reaches the browser as data, not as lesson code.
export async function load() {
	return { lessons: await lessonIndex() };
}
