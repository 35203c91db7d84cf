// The Indonesian editions of lessons 5–8 write their numbers the Indonesian way (0,299; 262.144;
// 0{,}5 in TeX). Read back into JavaScript's form, every equation they write out holds, and their
// maths holds the English lesson's numbers in the English order: the worked examples are the
// English page's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { equations, holds } from '$lib/quiz/arithmetic';
import { fromIndonesian, plain } from './lesson-arithmetic';

const LESSONS = ['05-classification-metrics', '06-images-as-data', '07-convolution', '08-pooling-and-flattening'];

const read = (lesson: string, file: string) =>
	readFileSync(new URL(`../../../content/lessons/${lesson}/${file}`, import.meta.url), 'utf8');

/** The numbers of a lesson's TeX, in order (English `{,}` groups thousands; `\,` too). */
function mathNumbers(md: string): string[] {
	const tex = md.replace(/```[\s\S]*?```/g, ' ').match(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g) ?? [];
	return tex.flatMap((m) => m.replace(/(\d)(?:\{,\}|\\,)(\d)/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []);
}

describe('the arithmetic written in the Indonesian lessons', () => {
	it('reads Indonesian numbers back (and an equation made wrong fails)', () => {
		expect(fromIndonesian('$0{,}299 \\cdot 100 = 29{,}9$ dan 262.144 angka, 0,75')).toBe(
			'$0.299 \\cdot 100 = 29.9$ dan 262144 angka, 0.75'
		);
		const wrong = equations(plain(fromIndonesian('$262.144 \\times 100 = 26.214.401$')));
		expect(wrong.map((e) => holds(e, true))).toEqual([false]);
		expect(mathNumbers('$262{,}144 \\times 100$ and $0.5$')).toEqual(['262144', '100', '0.5']);
		expect(mathNumbers(fromIndonesian('$262.144 \\times 100$ dan $0{,}5$'))).toEqual(['262144', '100', '0.5']);
	});
	it.each(LESSONS)('%s: every equation holds, and the maths has the English numbers', (lesson) => {
		const id = plain(fromIndonesian(read(lesson, 'index.id.md')));
		for (const para of id.split(/\n\s*\n/))
			for (const e of equations(para.replace(/\s+/g, ' ')))
				expect(holds(e, true), `${e.lhs} ${e.sign} ${e.stated} (it is ${e.value})`).toBe(true);
		const en = mathNumbers(read(lesson, 'index.md'));
		expect(en.length).toBeGreaterThan(10);
		expect(mathNumbers(fromIndonesian(read(lesson, 'index.id.md')))).toEqual(en);
	});
});
