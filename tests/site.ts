// What the generated tests know about the site, read from the source tree so that adding a
// lesson or a widget adds its tests.
import { existsSync, readdirSync } from 'node:fs';

export const lessonSlugs: string[] = readdirSync('content/lessons')
	.filter((d) => /^\d+-/.test(d) && existsSync(`content/lessons/${d}/index.md`))
	.sort()
	.map((d) => d.replace(/^\d+-/, ''));

export const widgetNames: string[] = readdirSync('src/lib/widgets', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(`src/lib/widgets/${d.name}/index.ts`))
	.map((d) => d.name)
	.sort();
