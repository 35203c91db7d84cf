import { describe, expect, it } from 'vitest';
import { imsManifest, markPage, packageFiles, pageRefs } from './scorm.js';

describe('SCORM packager', () => {
	it('reads the files a page loads, not the pages it links to', () => {
		const html = `<link href="../../../_app/immutable/entry/start.A.js" rel="modulepreload">
			<script src="../../../theme.js"></script><a href="../../../lessons/convolution/">x</a>
			<a href="https://example.org/x.js">y</a><a href="#top">z</a>
			import("../../../_app/immutable/entry/app.B.js")`;
		expect([...pageRefs(html, 'embed/quiz/convolution')].sort()).toEqual([
			'_app/immutable/entry/app.B.js',
			'_app/immutable/entry/start.A.js',
			'theme.js'
		]);
	});

	it('follows static imports, CSS and assets, and only the lazy imports the quiz needs', () => {
		const manifest = {
			entry: {
				file: 'app.js',
				imports: ['_shared'],
				dynamicImports: [
					'.svelte-kit/generated/client-optimized/nodes/1.js',
					'.svelte-kit/generated/client-optimized/nodes/5.js'
				]
			},
			'.svelte-kit/generated/client-optimized/nodes/1.js': { file: 'n1.js' },
			'.svelte-kit/generated/client-optimized/nodes/5.js': { file: 'n5.js', imports: ['_big'] },
			'.svelte-kit/generated/client-optimized/nodes/9.js': {
				file: 'n9.js',
				css: ['n9.css'],
				dynamicImports: [
					'src/lib/widgets/convolution/index.ts',
					'src/lib/widgets/training-lab/index.ts',
					'content/lessons/07-convolution/quiz.ts',
					'content/lessons/08-pooling-and-flattening/quiz.ts',
					'content/lessons/07-convolution/index.md'
				]
			},
			_shared: { file: 'shared.js', assets: ['font.woff2'] },
			_big: { file: 'big.js' },
			'src/lib/widgets/convolution/index.ts': { file: 'conv.js', imports: ['_shared'] },
			'src/lib/widgets/training-lab/index.ts': { file: 'lab.js', imports: ['_big'] },
			'content/lessons/07-convolution/quiz.ts': { file: 'q7.js' },
			'content/lessons/08-pooling-and-flattening/quiz.ts': { file: 'q8.js' },
			'content/lessons/07-convolution/index.md': { file: 'l7.js' }
		};
		const files = packageFiles(manifest, new Set(['app.js', 'n9.js', 'theme.js']), {
			slug: 'convolution',
			widgets: ['convolution']
		});
		expect(files).toEqual([
			'app.js',
			'conv.js',
			'font.woff2',
			'n1.js',
			'n9.css',
			'n9.js',
			'q7.js',
			'shared.js',
			'theme.js'
		]);
	});

	it('marks the page as a SCORM 1.2 SCO and escapes the manifest', () => {
		expect(markPage('<html lang="en"><head>', 'https://x.org/c/')).toBe(
			'<html data-scorm="1.2" data-site="https://x.org/c" lang="en"><head>'
		);
		expect(() => markPage('<p>no html</p>')).toThrow(/html/);
		const xml = imsManifest({
			slug: 'a',
			title: 'Quiz: A & <B>',
			launch: 'embed/quiz/a/index.html',
			files: ['x "y".js']
		});
		expect(xml).toContain('<title>Quiz: A &amp; &lt;B&gt;</title>');
		expect(xml).toContain('<file href="x &quot;y&quot;.js"/>');
		expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
	});

	it('gives each language its own package identity, and reads an edition page one folder deeper', () => {
		const en = imsManifest({ slug: 'a', title: 'Quiz: A', launch: 'embed/quiz/a/index.html', files: [] });
		const id = imsManifest({
			slug: 'a',
			title: 'Kuis: A',
			launch: 'id/embed/quiz/a/index.html',
			files: [],
			lang: 'id'
		});
		expect(en).toContain('identifier="cnn-inspection-lab-quiz-a"');
		expect(id).toContain('identifier="cnn-inspection-lab-quiz-id-a"');
		expect(id).toContain('href="id/embed/quiz/a/index.html"');
		const html = '<link href="../../../../_app/immutable/entry/start.A.js" rel="modulepreload">';
		expect([...pageRefs(html, 'id/embed/quiz/a')]).toEqual(['_app/immutable/entry/start.A.js']);
	});
});
