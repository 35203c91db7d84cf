// The saved shape of a learner's progress, its versions and the migrations between them.
// Plain TypeScript (no DOM), so validation and migration are unit-tested on their own.
//
// Versions:
//   1  { version: 1, visited: string[] }  — the first draft: which lessons were opened.
//   2  { app, version: 2, lessons: { [slug]: LessonProgress } } — adds quiz scores and completion.
// A change of shape is a new version plus one function in MIGRATIONS; old data is never dropped.
import { t } from '$lib/i18n';

export const APP_ID = 'cnn-inspection-lab-progress';
export const CURRENT_VERSION = 2;
/** A lesson counts as completed once its quiz best reaches this fraction of the questions. */
export const PASS_FRACTION = 0.8;
const MAX_LESSONS = 200;
const MAX_QUESTIONS = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LessonProgress {
	visited: boolean;
	/** Best quiz score so far (questions right), or null before the quiz was checked. */
	best: number | null;
	/** Number of questions that best score was out of. */
	total: number | null;
	/** Sticky: once the quiz was passed, the lesson stays completed. */
	completed: boolean;
}

export interface ProgressData {
	app: typeof APP_ID;
	version: typeof CURRENT_VERSION;
	lessons: Record<string, LessonProgress>;
}

export type Parsed = { ok: true; data: ProgressData; from: number } | { ok: false; problem: string };

export function emptyProgress(): ProgressData {
	return { app: APP_ID, version: CURRENT_VERSION, lessons: {} };
}

export function emptyLesson(): LessonProgress {
	return { visited: false, best: null, total: null, completed: false };
}

export function passed(best: number, total: number): boolean {
	return total > 0 && best >= Math.ceil(PASS_FRACTION * total - 1e-9);
}

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown, max: number): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;

/** Migrations: MIGRATIONS[n] turns a valid version-n object into a version-(n+1) object. */
const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
	1: (old) => ({
		app: APP_ID,
		version: 2,
		lessons: Object.fromEntries(
			(old.visited as string[]).map((slug) => [slug, { ...emptyLesson(), visited: true }])
		)
	})
};

/** Structural checks per version; a string is the problem found. */
const VALIDATORS: Record<number, (x: Raw) => string | null> = {
	1: (x) => {
		if (!Array.isArray(x.visited)) return t('progress.problem.field', { field: 'visited' });
		if (x.visited.length > MAX_LESSONS) return t('progress.problem.too-many', { max: MAX_LESSONS });
		const bad = x.visited.find((s) => typeof s !== 'string' || !SLUG.test(s));
		return bad === undefined ? null : t('progress.problem.slug', { slug: String(bad) });
	},
	2: (x) => {
		if (x.app !== undefined && x.app !== APP_ID) return t('progress.problem.app');
		if (!isObject(x.lessons)) return t('progress.problem.field', { field: 'lessons' });
		const entries = Object.entries(x.lessons);
		if (entries.length > MAX_LESSONS) return t('progress.problem.too-many', { max: MAX_LESSONS });
		for (const [slug, l] of entries) {
			if (!SLUG.test(slug)) return t('progress.problem.slug', { slug });
			if (!isObject(l) || typeof l.visited !== 'boolean' || typeof l.completed !== 'boolean')
				return t('progress.problem.lesson', { slug });
			const scored = l.best !== null || l.total !== null;
			if (scored && !(isCount(l.total, MAX_QUESTIONS) && isCount(l.best, l.total as number) && l.total > 0))
				return t('progress.problem.score', { slug });
		}
		return null;
	}
};

/** Copy only the known fields, so stray keys in a file never reach the page. */
function clean(x: Raw): ProgressData {
	const lessons: Record<string, LessonProgress> = {};
	for (const [slug, l] of Object.entries(x.lessons as Record<string, LessonProgress>)) {
		lessons[slug] = { visited: l.visited, best: l.best, total: l.total, completed: l.completed };
	}
	return { app: APP_ID, version: CURRENT_VERSION, lessons };
}

/** Validate an already-parsed value of any known version and bring it to the current one. */
export function upgrade(value: unknown): Parsed {
	if (!isObject(value)) return { ok: false, problem: t('progress.problem.not-object') };
	const version = value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { ok: false, problem: t('progress.problem.version') };
	if (version > CURRENT_VERSION) return { ok: false, problem: t('progress.problem.newer', { version }) };
	let x: Raw = value;
	for (let v = version; v <= CURRENT_VERSION; v++) {
		const problem = VALIDATORS[v](x);
		if (problem) return { ok: false, problem };
		if (v < CURRENT_VERSION) x = MIGRATIONS[v](x);
	}
	return { ok: true, data: clean(x), from: version };
}

/** Parse saved or imported text. */
export function parseProgress(text: string): Parsed {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, problem: t('progress.problem.json') };
	}
	return upgrade(value);
}

export function serialize(data: ProgressData): string {
	return JSON.stringify(data, null, '\t');
}
