// The Indonesian edition of lesson 4 (backpropagation) writes its numbers the Indonesian way
// (0{,}1 in TeX, 0,001 in prose). Read back into JavaScript's form, every equation it writes out
// holds, its maths holds the English lesson's numbers in the English order, and the worked
// numbers (step counts, minima, the backprop gradients and updates) are recomputed here with
// src/lib/math and found in the Indonesian text, written with a decimal comma.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { equations, holds } from '$lib/quiz/arithmetic';
import { LOSS_1D, run1D } from '$lib/math/gd';
import { applyGradients, backprop, forward, loss } from '$lib/math/nn';
import { DEFAULT_NET, DEFAULT_X } from '$lib/widgets/nn-common/network-params';
import { fromIndonesian, plain } from './lesson-arithmetic';

const read = (file: string) =>
	readFileSync(new URL(`../../../content/lessons/04-backpropagation/${file}`, import.meta.url), 'utf8');
const en = read('index.md');
const id = read('index.id.md');
/** The prose with its line breaks and runs of spaces as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const text = flat(id);

/** The numbers of a lesson's TeX, in order (`{,}` between digits is the English thousands sign). */
function mathNumbers(md: string): string[] {
	const tex = md.replace(/```[\s\S]*?```/g, ' ').match(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g) ?? [];
	return tex.flatMap((m) => m.replace(/(\d)(?:\{,\}|\\,)(\d)/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []);
}

/** A number as the Indonesian page's TeX writes it: `-0{,}4450`. */
const tex = (x: number, d: number) => x.toFixed(d).replace('.', '{,}');

describe('lesson 4 in Indonesian: the arithmetic it writes out', () => {
	it('a wrong equation written the Indonesian way fails (the check can fail)', () => {
		const wrong = equations(plain(fromIndonesian('$x_2 = 1{,}6 - 0{,}1 \\times 3{,}2 = 1{,}29$')));
		expect(wrong.map((e) => holds(e, true))).toEqual([false]);
		expect(mathNumbers(fromIndonesian('$a = (0{,}6106; 0{,}6682)$'))).toEqual(['0.6106', '0.6682']);
	});
	it('every equation holds, and the maths has the English numbers in the English order', () => {
		const js = plain(fromIndonesian(id));
		let n = 0;
		for (const para of js.split(/\n\s*\n/))
			for (const e of equations(para.replace(/\s+/g, ' '))) {
				n++;
				expect(holds(e, true), `${e.lhs} ${e.sign} ${e.stated} (it is ${e.value})`).toBe(true);
			}
		expect(n).toBeGreaterThan(10);
		const english = mathNumbers(en);
		expect(english.length).toBeGreaterThan(100);
		expect(mathNumbers(fromIndonesian(id))).toEqual(english);
	});
	it('no English decimal point is left in the prose or its maths (code and props aside)', () => {
		const prose = id
			.replace(/^---[\s\S]*?---/, '')
			.replace(/<script>[\s\S]*?<\/script>/, '')
			.replace(/<[A-Z][^>]*\/>/g, '');
		expect(prose.match(/\d\.\d/g)).toBeNull();
	});
});

describe('lesson 4 in Indonesian: the worked numbers are the math’s', () => {
	const q = LOSS_1D.quadratic;
	const dw = LOSS_1D['double-well'];
	it('x² from 2: the three hand steps, their costs and the step counts of each learning rate', () => {
		const r = run1D(q, 0.1, 2, 3);
		expect(text).toContain(`x_3 &= 1{,}28 - 0{,}1 \\times 2{,}56 = ${tex(r.xs[3], 3)}`);
		expect(text).toContain(`$${r.losses.map((l) => String(+l.toFixed(4)).replace('.', '{,}')).join(' \\to ')}$`);
		const cases: [number, string, string][] = [
			[0.1, 'converged', '$\\eta = 0{,}1$: turun dengan mulus; konvergen setelah {n} langkah'],
			[0.01, 'converged', 'perlu {n} langkah'],
			[0.9, 'converged', 'setelah {n} langkah'],
			[1.1, 'diverged', 'divergen setelah {n} langkah']
		];
		for (const [lr, status, phrase] of cases) {
			const run = run1D(q, lr, 2, 1000);
			expect(run.status).toBe(status);
			expect(text).toContain(phrase.replace('{n}', String(run.updates)));
		}
	});
	it('the double well: the local and global minima, their costs, the bounce and the left start', () => {
		const local = run1D(dw, 0.05, 2, 1000);
		expect(local.status).toBe('converged');
		expect(text).toContain(
			`minimum _lokal_ di $${tex(local.x, 4)}$ setelah ${local.updates} langkah, dengan biaya sekitar $${tex(local.loss, 2)}$`
		);
		const global = run1D(dw, 0.1, 2, 1000);
		expect(text).toContain(`biaya sekitar $${tex(global.loss, 2)}$, ada di balik bukit`);
		expect(text).toContain(`minimum global di $${tex(global.x, 4)}$`);
		const bounce = run1D(dw, 0.15, 2, 200);
		expect(bounce.status).toBe('running');
		const [a, b] = bounce.xs.slice(-2).sort((p, r) => r - p);
		expect(text).toContain(`antara sekitar $${tex(a, 3)}$ dan $${tex(b, 3)}$`);
		const wild = run1D(dw, 0.2, 2, 1000);
		expect(wild.status).toBe('diverged');
		expect(wild.updates).toBeLessThanOrEqual(5);
		const left = run1D(dw, 0.05, -2, 1000);
		expect(text).toContain(
			`minimum global setelah ${left.updates} langkah (langkah pertama melewatinya, sampai $${String(+left.xs[1].toFixed(2)).replace('.', '{,}')}$`
		);
	});
	it('backprop on the lesson’s network: the gradients, updates and new cost', () => {
		const f = forward(DEFAULT_NET, DEFAULT_X);
		const g = backprop(DEFAULT_NET, f, 1);
		const d4 = (x: number) => tex(x, 4);
		expect(text).toContain(`$a = (${f.a1.map(d4).join('; ')})$ dan $\\hat y = ${d4(f.yhat)}$`);
		expect(text).toContain(`$\\delta = ${d4(f.yhat)} - 1 = ${d4(f.yhat - 1)}$`);
		expect(text).toContain(`$\\partial L / \\partial v_1 = ${d4(f.yhat - 1)} \\times ${d4(f.a1[0])} = ${d4(g.w2[0])}$`);
		expect(text).toContain(`$${d4(g.w2[1])}$ dan $${d4(g.w2[2])}$`);
		expect(text).toContain(
			`\\delta_1 = ${d4(f.yhat - 1)} \\times 1{,}2 \\times ${d4(f.a1[0] * (1 - f.a1[0]))} = ${d4(g.delta1[0])}$`
		);
		expect(text).toContain(`\\partial L / \\partial w_{12} = ${d4(g.delta1[0])} \\times 0{,}5 = ${d4(g.w1[0][1])}$`);
		const next = applyGradients(DEFAULT_NET, g, 0.1);
		expect(text).toContain(`$v_1 = 1{,}2 - 0{,}1 \\times (${d4(g.w2[0])}) = ${d4(next.w2[0])}$`);
		expect(text).toContain(`$c = 0{,}1 + ${d4(-0.1 * g.b2)} = ${d4(next.b2)}$`);
		expect(text).toContain(`$w_{11} = 0{,}5 + ${d4(-0.1 * g.w1[0][0])} = ${d4(next.w1[0][0])}$`);
		expect(text).toContain(
			`turun dari $${d4(loss(DEFAULT_NET, f, 1))}$ menjadi $${d4(loss(next, forward(next, DEFAULT_X), 1))}$`
		);
	});
});
