// SCORM 1.2 packages of every lesson's quiz, built after `vite build` (part of `npm run build`).
//
// Each package is build/scorm/cnn-lab-quiz-<slug>.zip (the Indonesian edition's
// build/id/scorm/cnn-lab-quiz-<slug>.zip, from /id/embed/quiz/<slug>/): an imsmanifest.xml and an
// offline copy of the prerendered /embed/quiz/<slug>/ page with exactly the files it loads (its JavaScript, CSS
// and fonts, and only the widgets its tasks use), at the same relative paths, so it runs from any
// folder an LMS unpacks it into. The page is marked `data-scorm="1.2"`, which makes it look for
// the LMS's API (src/lib/embed/scorm.ts). SITE_URL (e.g. https://example.org/course) names the
// public site in xAPI statements; without it the page's own address is used.
//
// The instructors page links them with rel="external", so prerendering does not look for them.
// The zips are also written into .svelte-kit/output/client/scorm/, which `vite preview` serves.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Fixed file times, so the same build gives byte-identical zips. */
const MTIME = new Date('2000-01-01T00:00:00Z');

/** @param {string} s */
export const xml = (s) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Relative references in the page (href, src, import("…")) as paths from the build root.
 * @param {string} html
 * @param {string} pageDir the page's folder, relative to the build root (posix)
 */
export function pageRefs(html, pageDir) {
	/** @type {Set<string>} */
	const out = new Set();
	const re = /(?:\b(?:href|src)="([^"]+)"|import\("([^"]+)"\))/g;
	for (const m of html.matchAll(re)) {
		const ref = (m[1] ?? m[2]).split(/[?#]/)[0];
		if (!ref || /^[a-z]+:/i.test(ref) || ref.startsWith('/') || ref.startsWith('#')) continue;
		if (!/\.[a-z0-9]+$/i.test(ref)) continue; // a link to a page (lessons/…/), not a file the page loads
		out.add(posix.normalize(posix.join(pageDir, ref)));
	}
	return out;
}

/**
 * @typedef {{ file: string, imports?: string[], dynamicImports?: string[], css?: string[], assets?: string[] }} Chunk
 */

/**
 * Every file the page needs: its own references, then, through Vite's manifest, the static
 * imports, CSS and assets of each chunk, and the lazy imports it may take: the widgets its tasks
 * show and its own lesson's questions (not other routes, widgets or lessons).
 * @param {Record<string, Chunk>} manifest
 * @param {Set<string>} roots files the page references
 * @param {{ slug: string, widgets: string[] }} quiz
 */
export function packageFiles(manifest, roots, quiz) {
	const byFile = new Map(Object.entries(manifest).map(([key, c]) => [c.file, key]));
	const files = new Set(roots);
	/** @type {Set<string>} */
	const seen = new Set();
	/** @param {string} key */
	const lazyAllowed = (key) => {
		// Route nodes: the root layout (0) and error page (1), which the client always loads; no other route.
		const node = /^\.svelte-kit\/generated\/client(?:-optimized)?\/nodes\/(\d+)\.js$/.exec(key);
		if (node) return node[1] === '0' || node[1] === '1';
		const widget = /^src\/lib\/widgets\/([^/]+)\/index\.ts$/.exec(key);
		if (widget) return quiz.widgets.includes(widget[1]);
		const lesson = /^content\/lessons\/\d+-([^/]+)\/(.+)$/.exec(key);
		if (lesson) return lesson[1] === quiz.slug && lesson[2] === 'quiz.ts';
		return true;
	};
	/** @param {string} key */
	const visit = (key) => {
		if (seen.has(key) || !manifest[key]) return;
		seen.add(key);
		const c = manifest[key];
		files.add(c.file);
		for (const f of [...(c.css ?? []), ...(c.assets ?? [])]) files.add(f);
		for (const k of c.imports ?? []) visit(k);
		for (const k of c.dynamicImports ?? []) if (lazyAllowed(k)) visit(k);
	};
	for (const f of roots) {
		const key = byFile.get(f);
		if (key) visit(key);
	}
	return [...files].sort();
}

/**
 * @param {{ slug: string, title: string, launch: string, files: string[], lang?: string }} p
 */
export function imsManifest(p) {
	const id = `cnn-inspection-lab-quiz-${p.lang ? `${p.lang}-` : ''}${p.slug}`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1.0"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="org-${xml(p.slug)}">
		<organization identifier="org-${xml(p.slug)}">
			<title>${xml(p.title)}</title>
			<item identifier="item-${xml(p.slug)}" identifierref="sco-${xml(p.slug)}" isvisible="true">
				<title>${xml(p.title)}</title>
				<adlcp:masteryscore>80</adlcp:masteryscore>
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="sco-${xml(p.slug)}" type="webcontent" adlcp:scormtype="sco" href="${xml(p.launch)}">
${p.files.map((f) => `\t\t\t<file href="${xml(f)}"/>`).join('\n')}
		</resource>
	</resources>
</manifest>
`;
}

/**
 * The page as the package runs it: marked as a SCORM 1.2 SCO (and with the public site's URL).
 * @param {string} html @param {string} [site]
 */
export function markPage(html, site) {
	const attrs = ` data-scorm="1.2"${site ? ` data-site="${xml(site.replace(/\/+$/, ''))}"` : ''}`;
	if (!/<html\b/.test(html)) throw new Error('the quiz page has no <html> element');
	return html.replace(/<html\b/, `<html${attrs}`);
}

/** The languages whose quiz pages get packages: '' (English, at the root) and each /<lang>/ edition. */
export const PACKAGE_LANGS = ['', 'id'];

/** Build every lesson's package, in every language. @returns {string[]} the zips written */
export function buildPackages({ root = ROOT, site = process.env.SITE_URL } = {}) {
	const build = join(root, 'build');
	const manifestPath = join(root, '.svelte-kit/output/client/.vite/manifest.json');
	if (!existsSync(join(build, 'embed/quiz')) || !existsSync(manifestPath))
		throw new Error('No built quiz pages: run `vite build` first (npm run build does both).');
	/** @type {Record<string, Chunk>} */
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const written = [];
	for (const lang of PACKAGE_LANGS) {
		const prefix = lang ? `${lang}/` : '';
		const quizRoot = join(build, `${prefix}embed/quiz`);
		if (!existsSync(quizRoot))
			throw new Error(`No built quiz pages in ${prefix || '/'}: the ${lang} edition is missing.`);
		const outDirs = [join(build, `${prefix}scorm`), join(root, `.svelte-kit/output/client/${prefix}scorm`)];
		for (const d of outDirs) mkdirSync(d, { recursive: true });
		for (const slug of readdirSync(quizRoot).sort()) {
			const pageDir = `${prefix}embed/quiz/${slug}`;
			const launch = `${pageDir}/index.html`;
			const html = readFileSync(join(build, launch), 'utf8');
			const widgets = (/data-quiz-widgets="([^"]*)"/.exec(html)?.[1] ?? '').split(',').filter(Boolean);
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? `Quiz: ${slug}`;
			const files = packageFiles(manifest, pageRefs(html, pageDir), { slug, widgets });
			/** @type {Record<string, Uint8Array>} */
			const entries = {};
			for (const f of files) {
				const path = join(build, f);
				if (!existsSync(path))
					throw new Error(`${prefix}${slug}: the page needs ${f}, which the build does not have`);
				entries[f] = readFileSync(path);
			}
			entries[launch] = new TextEncoder().encode(markPage(html, site));
			const all = [launch, ...files.filter((f) => f !== launch)];
			entries['imsmanifest.xml'] = new TextEncoder().encode(
				imsManifest({ slug, title, launch, files: all, lang })
			);
			const zip = zipSync(
				Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v, { mtime: MTIME }]])),
				{ level: 9 }
			);
			const name = `cnn-lab-quiz-${slug}.zip`;
			for (const d of outDirs) writeFileSync(join(d, name), zip);
			written.push(`${prefix}${name} (${files.length + 1} files, ${(zip.length / 1024).toFixed(0)} kB)`);
		}
	}
	return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const written = buildPackages();
		console.log(`SCORM 1.2 packages in build/scorm/: ${written.join(', ')}`);
	} catch (e) {
		console.error(`scorm: ${e instanceof Error ? e.message : e}`);
		process.exit(1);
	}
}
