// Pure helpers for scripts/bench.js (tested in bench-lib.test.js).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under `dir` (ms), 0 when missing. */
export function newest(dir) {
	if (!existsSync(dir)) return 0;
	const st = statSync(dir);
	if (!st.isDirectory()) return st.mtimeMs;
	let t = st.mtimeMs;
	for (const name of readdirSync(dir)) t = Math.max(t, newest(join(dir, name)));
	return t;
}

/** The build is missing or older than any source it is made from. */
export function needsBuild(root, build) {
	const index = join(build, 'index.html');
	if (!existsSync(index)) return true;
	const built = statSync(index).mtimeMs;
	const sources = ['src', 'content', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];
	return sources.some((s) => newest(join(root, s)) > built);
}

/** Lesson slugs present in the static build (build/lessons/<slug>/index.html). */
export function lessonSlugs(build) {
	const dir = join(build, 'lessons');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((s) => existsSync(join(dir, s, 'index.html')))
		.sort();
}

/** Lessons that carry the training lab (allowed to load more). */
export function isLabLesson(slug) {
	return /case-study|training-lab/.test(slug);
}

/** Longest of [start, duration] tasks that overlap [from, to]; 0 when none. */
export function longestIn(tasks, from, to) {
	let max = 0;
	for (const [start, duration] of tasks) {
		if (start + duration < from || start > to) continue;
		max = Math.max(max, duration);
	}
	return max;
}
