// Every sum, product and ratio the lessons write out ($(3·3·1 + 1)·16 = 160$, $\frac{93}{151}
// \approx 0.616$) is recomputed from the numbers written beside it, so a learner who checks the
// arithmetic by hand gets what the lesson says. (lesson-numbers/ checks that those numbers
// are the math's; this checks that the prose's own arithmetic adds up.)
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { equations, holds } from '$lib/quiz/arithmetic';
import { plain } from './lesson-arithmetic';

const lessons = readdirSync(new URL('../../../content/lessons/', import.meta.url));

describe('the arithmetic written in the lessons', () => {
	for (const slug of lessons)
		it(`${slug}: every written-out equation holds (to the decimals it shows)`, () => {
			const md = readFileSync(new URL(`../../../content/lessons/${slug}/index.md`, import.meta.url), 'utf8');
			for (const para of plain(md).split(/\n\s*\n/))
				for (const e of equations(para.replace(/\s+/g, ' ')))
					expect(holds(e, true), `${e.lhs} ${e.sign} ${e.stated} (it is ${e.value})`).toBe(true);
		});
	it('finds the equations (the check is not vacuous)', () => {
		let n = 0;
		for (const slug of lessons)
			n += equations(
				plain(readFileSync(new URL(`../../../content/lessons/${slug}/index.md`, import.meta.url), 'utf8')).replace(
					/\s+/g,
					' '
				)
			).length;
		expect(n).toBeGreaterThan(50);
		// and it catches a wrong one written the lessons' way
		expect(equations(plain('$(3·3·1 + 1)·16 = 161$')).map((e) => holds(e, true))).toEqual([false]);
		expect(equations(plain('$\\frac{93}{151} \\approx 0.617$')).map((e) => holds(e, true))).toEqual([false]);
	});
});
