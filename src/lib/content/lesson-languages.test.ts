// A translated lesson (index.<lang>.md beside index.md) names its sections as the English one
// does, so quiz links (`section`) and shared #links work in both languages, and no `{#id}`
// marker is left in the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from 'mdsvex';
import remarkMath from 'remark-math';
import { rehypeLesson } from './rehype-lesson.js';

const translations = Object.keys(import.meta.glob('/content/lessons/*/index.id.md'));
const quizzes = import.meta.glob<{ quiz: { make(seed: number): { section?: string } }[] }>(
	'/content/lessons/*/quiz.ts',
	{ eager: true }
);

async function headingIds(path: string): Promise<{ ids: string[]; code: string }> {
	const md = readFileSync(`.${path}`, 'utf8');
	const out = await compile(md, { extensions: ['.md'], remarkPlugins: [remarkMath], rehypePlugins: [rehypeLesson] });
	const code = out!.code;
	return { ids: [...code.matchAll(/<h[23]\s+id="([^"]+)"/g)].map((m) => m[1]), code };
}

describe('translated lessons', () => {
	it('an explicit {#id} sets the heading id and leaves the page', async () => {
		const out = await compile('## Lapisan konvolusi {#the-convolution-layer}\n', {
			extensions: ['.md'],
			rehypePlugins: [rehypeLesson]
		});
		expect(out!.code).toContain('<h2 id="the-convolution-layer">Lapisan konvolusi</h2>');
	});
	it.each(translations)('%s: the same section ids as the English lesson', async (path) => {
		const english = await headingIds(path.replace(/index\.id\.md$/, 'index.md'));
		const indonesian = await headingIds(path);
		expect(indonesian.ids).toEqual(english.ids);
		expect(indonesian.code).not.toMatch(/\{#[a-z0-9-]+\}/);
		const quiz = quizzes[path.replace(/index\.id\.md$/, 'quiz.ts')]?.quiz ?? [];
		for (const source of quiz)
			for (let seed = 0; seed < 5; seed++) {
				const section = source.make(seed).section;
				if (section) expect(indonesian.ids, `quiz section ${section}`).toContain(section);
			}
	});
});
