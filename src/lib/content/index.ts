// The lesson index: one glob over content/lessons/NN-slug/index.md. Lesson modules load lazily,
// so a lesson page only pulls in its own code.
import type { LessonInfo, LessonMeta, LessonModule } from './types';
import { courseNumber } from './course';
import type { Locale } from '$lib/i18n/locale';

const modules = import.meta.glob<LessonModule>('/content/lessons/*/index.md');
// A lesson in another language sits beside the English one: index.<locale>.md.
const translations: Record<Exclude<Locale, 'en'>, Record<string, () => Promise<LessonModule>>> = {
	id: import.meta.glob<LessonModule>('/content/lessons/*/index.id.md')
};

/** `07-convolution` → { number: 7, slug: 'convolution' } */
export function parseFolder(folder: string): { order: number; slug: string } | null {
	const m = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(folder);
	return m ? { order: Number(m[1]), slug: m[2] } : null;
}

function folderOf(path: string): string {
	return path.split('/').at(-2) ?? '';
}

const bySlug = new Map<string, { path: string; order: number }>();
for (const path of Object.keys(modules)) {
	const parsed = parseFolder(folderOf(path));
	if (!parsed) throw new Error(`Lesson folder "${folderOf(path)}" is not named NN-slug`);
	if (bySlug.has(parsed.slug)) throw new Error(`Two lessons use the slug "${parsed.slug}"`);
	bySlug.set(parsed.slug, { path, order: parsed.order });
}

/** Slugs of the lessons that exist, in course order. */
export function lessonSlugs(): string[] {
	return [...bySlug.entries()].sort((a, b) => a[1].order - b[1].order).map(([slug]) => slug);
}

export function hasLesson(slug: string): boolean {
	return bySlug.has(slug);
}

export async function loadLesson(slug: string): Promise<LessonModule | null> {
	const entry = bySlug.get(slug);
	return entry ? modules[entry.path]() : null;
}

/**
 * The lesson in `locale`, or in English where it is not translated yet: `locale` says which
 * language the prose is in, so the page can say so instead of passing English off as translated.
 */
export async function loadLessonIn(
	slug: string,
	locale: Locale
): Promise<{ mod: LessonModule; locale: Locale } | null> {
	const entry = bySlug.get(slug);
	if (!entry) return null;
	const translated = locale === 'en' ? undefined : translations[locale][entry.path.replace(/index\.md$/, `index.${locale}.md`)];
	return translated ? { mod: await translated(), locale } : { mod: await modules[entry.path](), locale: 'en' };
}

export function checkMeta(slug: string, meta: Partial<LessonMeta> | undefined): LessonMeta {
	const m = meta ?? {};
	if (typeof m.title !== 'string' || !m.title) throw new Error(`Lesson ${slug}: frontmatter needs a title`);
	if (typeof m.summary !== 'string' || !m.summary) throw new Error(`Lesson ${slug}: frontmatter needs a summary`);
	if (!Array.isArray(m.objectives) || m.objectives.length === 0)
		throw new Error(`Lesson ${slug}: frontmatter needs objectives (a list)`);
	return { title: m.title, summary: m.summary, objectives: m.objectives.map(String), toc: m.toc ?? [] };
}

/** Every lesson's metadata in course order, in `locale` where translated (call at build time). */
export async function lessonIndex(locale: Locale = 'en'): Promise<LessonInfo[]> {
	return Promise.all(
		lessonSlugs().map(async (slug) => {
			const entry = bySlug.get(slug)!;
			const { mod, locale: lang } = (await loadLessonIn(slug, locale))!;
			const position = courseNumber(slug);
			return {
				...checkMeta(slug, mod.metadata),
				slug,
				number: position || entry.order,
				folder: folderOf(entry.path),
				lang
			};
		})
	);
}
