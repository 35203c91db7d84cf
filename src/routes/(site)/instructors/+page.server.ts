import { loadQuiz, quizSlugs } from '$lib/embed/quizzes';
import { variant } from '$lib/quiz/variant';
import { loadWidget, widgetNames } from '$lib/widgets/registry';

// Build time only: each widget's title key and lesson (components stay out of the page data),
// and each lesson's quiz: how many questions, and its widget tasks.
export async function load() {
	const widgets = await Promise.all(
		widgetNames.map(async (name) => {
			const def = (await loadWidget(name))!;
			return { name, title: def.title, lesson: def.lesson };
		})
	);
	const quizzes = await Promise.all(
		quizSlugs().map(async (slug) => {
			const sources = (await loadQuiz(slug))!;
			const tasks = sources.flatMap((s, i) => {
				const q = variant(s, 0, i);
				return q.kind === 'widget' ? [{ id: q.id, widget: q.widget }] : [];
			});
			return { slug, count: sources.length, tasks };
		})
	);
	return { widgets, quizzes };
}
