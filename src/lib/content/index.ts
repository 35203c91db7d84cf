// The lesson index: one glob over content/lessons/NN-slug/index.md. Lesson modules load lazily,
// so a lesson page only pulls in its own code.
import type { LessonInfo, LessonMeta, LessonModule } from './types';
import { courseNumber } from './course';

const modules = import.meta.glob<LessonModule>('/content/lessons/*/index.md');

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

export function checkMeta(slug: string, meta: Partial<LessonMeta> | undefined): LessonMeta {
	const m = meta ?? {};
	if (typeof m.title !== 'string' || !m.title) throw new Error(`Lesson ${slug}: frontmatter needs a title`);
	if (typeof m.summary !== 'string' || !m.summary) throw new Error(`Lesson ${slug}: frontmatter needs a summary`);
	if (!Array.isArray(m.objectives) || m.objectives.length === 0)
		throw new Error(`Lesson ${slug}: frontmatter needs objectives (a list)`);
	return { title: m.title, summary: m.summary, objectives: m.objectives.map(String), toc: m.toc ?? [] };
}

/** Every lesson's metadata in course order (loads each module; call at build time). */
export async function lessonIndex(): Promise<LessonInfo[]> {
	return Promise.all(
		lessonSlugs().map(async (slug) => {
			const entry = bySlug.get(slug)!;
			const mod = (await loadLesson(slug))!;
			const position = courseNumber(slug);
			return { ...checkMeta(slug, mod.metadata), slug, number: position || entry.order, folder: folderOf(entry.path) };
		})
	);
}
