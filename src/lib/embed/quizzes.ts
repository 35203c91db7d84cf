// Every lesson's quiz, by slug: one lazy glob over content/lessons/NN-slug/quiz.ts, so the quiz
// embed loads only its own lesson's questions.
import type { QuestionSource } from '$lib/quiz/types';

const modules = import.meta.glob<{ quiz: QuestionSource[] }>('/content/lessons/*/quiz.ts');

const bySlug = new Map<string, () => Promise<{ quiz: QuestionSource[] }>>();
for (const [path, load] of Object.entries(modules)) {
	const m = /\/\d+-([a-z0-9]+(?:-[a-z0-9]+)*)\/quiz\.ts$/.exec(path);
	if (m) bySlug.set(m[1], load);
}

/** Slugs of the lessons that have a quiz. */
export const quizSlugs = (): string[] => [...bySlug.keys()];

export async function loadQuiz(slug: string): Promise<QuestionSource[] | null> {
	const load = bySlug.get(slug);
	return load ? (await load()).quiz : null;
}
