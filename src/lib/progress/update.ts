// Pure updates of progress data: each returns a new object, the input is left as it was.
import { emptyLesson, passed, type LessonProgress, type ProgressData } from './schema';

function withLesson(
	data: ProgressData,
	slug: string,
	f: (l: LessonProgress) => LessonProgress
): ProgressData {
	return { ...data, lessons: { ...data.lessons, [slug]: f(data.lessons[slug] ?? emptyLesson()) } };
}

export function markVisited(data: ProgressData, slug: string): ProgressData {
	if (data.lessons[slug]?.visited) return data;
	return withLesson(data, slug, (l) => ({ ...l, visited: true }));
}

/** Record a checked quiz: keep the better score (by fraction right) and mark completion once passed. */
export function recordQuiz(data: ProgressData, slug: string, score: number, total: number): ProgressData {
	if (!Number.isInteger(score) || !Number.isInteger(total) || total <= 0 || score < 0 || score > total)
		return data;
	return withLesson(data, slug, (l) => {
		const better = l.best === null || l.total === null || score / total > l.best / l.total;
		const best = better ? score : l.best!;
		const of = better ? total : l.total!;
		return { visited: true, best, total: of, completed: l.completed || passed(score, total) };
	});
}

/** Merge an imported copy into the current one: nothing learnt on either device is lost. */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
	let out: ProgressData = { ...a, lessons: { ...a.lessons } };
	for (const [slug, l] of Object.entries(b.lessons)) {
		if (l.visited) out = markVisited(out, slug);
		if (l.best !== null && l.total !== null) out = recordQuiz(out, slug, l.best, l.total);
		if (l.completed) out = withLesson(out, slug, (x) => ({ ...x, completed: true }));
	}
	return out;
}

export function completedCount(data: ProgressData, slugs?: readonly string[]): number {
	const keys = slugs ?? Object.keys(data.lessons);
	return keys.filter((s) => data.lessons[s]?.completed).length;
}

export type LessonStatus = 'none' | 'visited' | 'completed';

export function lessonStatus(data: ProgressData, slug: string): LessonStatus {
	const l = data.lessons[slug];
	return l?.completed ? 'completed' : l?.visited ? 'visited' : 'none';
}
