import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { checkMeta, loadLessonIn } from '$lib/content';
import { localeOfPath } from '$lib/i18n/locale';
import { courseNumber } from '$lib/content/course';
import { loadQuiz, quizSlugs } from '$lib/embed/quizzes';
import { variant } from '$lib/quiz/variant';

export function entries() {
	return quizSlugs().map((slug) => ({ slug }));
}

/** Seeds looked at to list the widgets a quiz's tasks may show (the SCORM package takes only those). */
const SEEDS_SCANNED = 50;

// Build time only: what the page needs to name the quiz and what the SCORM packager needs to
// know; the questions themselves are made in the browser from the seed in the link.
export async function load({ params, url }) {
	const sources = await loadQuiz(params.slug);
	const lesson = await loadLessonIn(params.slug, localeOfPath(url.pathname.slice(base.length)));
	if (!sources || !lesson) error(404, `No quiz for a lesson called ${params.slug}`);
	const meta = checkMeta(params.slug, lesson.mod.metadata);
	const widgets = new Set<string>();
	const questions = sources.map((s, i) => {
		let widget: string | null = null;
		for (let seed = 0; seed < SEEDS_SCANNED; seed++) {
			const q = variant(s, seed, i);
			if (q.kind === 'widget') widgets.add((widget = q.widget));
		}
		return { id: s.id, kind: variant(s, 0, i).kind, widget };
	});
	return {
		slug: params.slug,
		title: meta.title,
		number: courseNumber(params.slug),
		questions,
		widgets: [...widgets].sort()
	};
}
