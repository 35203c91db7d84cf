// Every lesson's quiz (content/lessons/*/quiz.ts), checked as data: at least three questions,
// deterministic variants, well-formed choices, widgets that exist and sections that exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugify } from '$lib/content/rehype-lesson.js';
import { predict } from '$lib/math/linear';
import { widgetNames } from '$lib/widgets/registry';
import { ENVIRONMENTS } from '$lib/widgets/environments/data';
import { grade } from './grade';
import type { QuestionSource } from './types';
import { questionSeed, variant } from './variant';

const quizzes = import.meta.glob<{ quiz: QuestionSource[] }>('/content/lessons/*/quiz.ts', { eager: true });
// Seeds as the quiz hands them out (set·1000 + question index), plus a few odd ones.
const SEEDS = [0, 1, 2, 3, 7, 1000, 2001, 123456, ...Array.from({ length: 12 }, (_, s) => s * 1000 + 5)];

/** Heading ids of a lesson, as the lesson pipeline makes them. */
function headingIds(folder: string): Set<string> {
	const md = readFileSync(`content/lessons/${folder}/index.md`, 'utf8').replace(/```[\s\S]*?```/g, '');
	const seen = new Map<string, number>();
	const ids = new Set<string>();
	for (const m of md.matchAll(/^#{2,3}\s+(.+)$/gm)) {
		const text = m[1].replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
		ids.add(slugify(text, seen));
	}
	return ids;
}

describe('lesson quizzes', () => {
	it('exist', () => expect(Object.keys(quizzes).length).toBeGreaterThanOrEqual(2));

	for (const [path, mod] of Object.entries(quizzes)) {
		const folder = path.split('/').at(-2)!;
		describe(folder, () => {
			it('has at least three questions with unique ids', () => {
				expect(mod.quiz.length).toBeGreaterThanOrEqual(3);
				expect(new Set(mod.quiz.map((s) => s.id)).size).toBe(mod.quiz.length);
			});
			it('index.md ends with its <Quiz>', () => {
				const md = readFileSync(`content/lessons/${folder}/index.md`, 'utf8');
				expect(md).toMatch(/<Quiz\s[^>]*questions=\{quiz\}/);
			});
			const sections = headingIds(folder);
			for (const source of mod.quiz) {
				it(`${source.id}: deterministic, well formed, for many seeds`, () => {
					for (const seed of SEEDS) {
						const q = source.make(seed);
						expect(source.make(seed)).toEqual(q);
						expect(q.id).toBe(source.id);
						expect(q.prompt.length).toBeGreaterThan(0);
						expect(q.explanation.length).toBeGreaterThan(0);
						if (q.section) expect(sections, `section #${q.section}`).toContain(q.section);
						if (q.kind === 'single') expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
						if (q.kind === 'multiple') expect(q.choices.some((c) => c.correct)).toBe(true);
						if (q.kind === 'numeric') {
							expect(Number.isFinite(q.answer)).toBe(true);
							expect(grade(q, { text: String(q.answer) })).toBe('right');
							expect(grade(q, { text: String(q.answer).replace('.', ',') })).toBe('right');
						}
						if (q.kind === 'widget') {
							expect(widgetNames).toContain(q.widget);
							expect(q.checks.length).toBeGreaterThan(0);
						}
					}
				});
			}
		});
	}
});

describe('question generators against the math', () => {
	const get = (folder: string, id: string) =>
		quizzes[`/content/lessons/${folder}/quiz.ts`].quiz.find((s) => s.id === id)!;

	it('age-of-ai: the linear prediction is w₁x₁ + w₂x₂ + b of the numbers in the prompt', () => {
		for (let seed = 0; seed < 200; seed++) {
			const q = get('02-age-of-ai', 'linear-prediction').make(seed);
			if (q.kind !== 'numeric') throw new Error('numeric expected');
			const n = [...q.prompt.matchAll(/= (−?-?[\d.]+)/g)].map((m) => Number(m[1].replace('−', '-')));
			const [w1, w2, b, x1, x2] = n;
			expect(n).toHaveLength(5);
			expect(q.answer).toBeCloseTo(w1 * x1 + w2 * x2 + b, 12);
			expect(q.answer).toBe(predict(w1, predict(w2, b, x2), x1));
		}
	});

	it('age-of-ai: the widget task starts away from its target, and the target is reachable', () => {
		for (let seed = 0; seed < 200; seed++) {
			const q = get('02-age-of-ai', 'set-the-model').make(seed);
			if (q.kind !== 'widget') throw new Error('widget expected');
			const p = new URLSearchParams(q.params);
			const x = Number(p.get('x'));
			const start = predict(Number(p.get('w')), Number(p.get('b')), x);
			const target = q.checks[0].equals as number;
			expect(start).not.toBe(target);
			expect(q.checks[1]).toMatchObject({ readout: 'x', equals: x });
			// w = 1, b = target − x lies within the widget's ranges (w −1…2, b −20…30, x 10…40).
			expect(x).toBeGreaterThanOrEqual(10);
			expect(x).toBeLessThanOrEqual(40);
			expect(target - x).toBeGreaterThanOrEqual(-20);
			expect(target - x).toBeLessThanOrEqual(30);
		}
	});

	it('environments: "what it has" matches the widget’s data, and lists the packages, not the name', () => {
		for (let seed = 0; seed < 50; seed++) {
			const q = get('01-environments', 'what-it-has').make(seed);
			if (q.kind !== 'multiple') throw new Error('multiple expected');
			const cmd = /`conda create -n (\S+)((?: \S+)*)`/.exec(q.prompt)!;
			const packages = cmd[2].trim().split(' ').filter(Boolean);
			const env = Object.values(ENVIRONMENTS).find(
				(e) => e.id !== 'base' && e.packages.join(' ') === packages.join(' ')
			)!;
			expect(env).toBeDefined();
			const correct = (start: string) => q.choices.find((c) => c.text.startsWith(start))!.correct;
			expect(correct('its own Python')).toBe(env.has.python);
			expect(correct('pip')).toBe(env.has.pip);
			expect(correct('ipykernel')).toBe(env.has.kernel);
			// The explanation names the packages the command lists, never the environment's name.
			expect(q.explanation).not.toMatch(new RegExp(`lists [^.]*\\b${cmd[1]}\\b`));
			for (const p of packages) expect(q.explanation).toContain(p);
		}
	});

	const many = Array.from({ length: 120 }, (_, i) => Math.floor(i / 3) * 1000 + (i % 3) * 7);
	const nums = (text: string) =>
		[...text.replace(/−/g, '-').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

	it('metrics: the fraction in the explanation is the asked metric of the prompt’s counts', () => {
		for (const id of ['recall-precision', 'specificity-f1'])
			for (const seed of many) {
				const q = get('05-classification-metrics', id).make(seed);
				if (q.kind !== 'numeric') throw new Error('numeric expected');
				const [tp, fp, fn, tn] = nums(q.prompt);
				const metric = /What is its (\w+)/.exec(q.prompt)![1];
				const want = {
					recall: tp / (tp + fn),
					precision: tp / (tp + fp),
					specificity: tn / (tn + fp),
					F1: (2 * tp) / (2 * tp + fp + fn)
				}[metric]!;
				expect(q.answer).toBeCloseTo(want, 12);
				const [num, den] = /= (\d+) \/ (\d+) ≈/.exec(q.explanation)!.slice(1).map(Number);
				expect(num / den).toBeCloseTo(want, 12);
			}
	});

	it('metrics: the AUC explanation adds up the pairs it lists, and that sum over 6 is the answer', () => {
		for (const seed of many) {
			const q = get('05-classification-metrics', 'auc-ties').make(seed);
			if (q.kind !== 'numeric') throw new Error('numeric expected');
			const s = nums(q.prompt).filter((x) => x < 1);
			const [d, o] = [s.slice(0, 2), s.slice(2)];
			let won = 0;
			for (const a of d) for (const b of o) won += a > b ? 1 : a === b ? 0.5 : 0;
			expect(q.answer).toBeCloseTo(won / 6, 12);
			const total = Number(/add up to ([\d.]+)/.exec(q.explanation)![1]);
			expect(total).toBe(won);
			expect(q.explanation).toContain(`${won} / 6`);
		}
	});

	it('case study: precision on the line is counted out of 10,000 parts, and the explanation shows the counts', () => {
		for (const seed of many) {
			const q = get('10-case-study', 'line-precision').make(seed);
			if (q.kind !== 'numeric') throw new Error('numeric expected');
			const [recall, spec, pct] = nums(q.prompt);
			// an independent count: 10,000 parts, pct% defective
			const def = 100 * pct;
			const caught = Math.round(def * recall);
			const alarms = Math.round((10000 - def) * (1 - spec));
			expect(q.answer).toBeCloseTo(Math.round((caught / (caught + alarms)) * 100) / 100, 12);
			expect(q.explanation.replace(/,(?=\d{3})/g, '')).toContain(
				`${def} are defective: the model catches ${caught} of them`
			);
			expect(q.explanation).toContain(`Precision = ${caught} / (${caught} + ${alarms}) ≈ ${q.answer}.`);
		}
	});

	it('fitting: the turned pixel moves by the chord 2·r·sin(θ/2), as the explanation says', () => {
		for (const seed of many) {
			const q = get('09-fitting-and-augmentation', 'turn-pixels').make(seed);
			if (q.kind !== 'numeric') throw new Error('numeric expected');
			const [, , deg, dist] = nums(q.prompt);
			const chord = 2 * dist * Math.sin(((deg / 2) * Math.PI) / 180);
			expect(Math.abs(q.answer - chord)).toBeLessThanOrEqual(0.05 + 1e-9);
			expect(q.explanation).toContain(`2 · ${dist} · sin(${deg}° / 2) ≈ ${q.answer} pixels`);
		}
	});

	it('fitting: each diagnosis links to the section about that diagnosis', () => {
		const want: Record<string, string> = {
			Underfitting: 'underfitting-too-simple-to-see-the-pattern',
			Overfitting: 'overfitting-memorising-instead-of-learning',
			'A good fit': 'the-sweet-spot'
		};
		const seen = new Set<string>();
		for (const seed of many) {
			const q = get('09-fitting-and-augmentation', 'diagnose').make(seed);
			if (q.kind !== 'single') throw new Error('single expected');
			const right = q.choices.find((c) => c.correct)!.text;
			expect(q.section, right).toBe(want[right]);
			seen.add(right);
		}
		expect(seen.size).toBe(3);
	});

	it('backpropagation: one step and its explanation are x₀ − η·2x₀; the "what happens" answer follows the run', () => {
		for (const seed of many) {
			const q = get('04-backpropagation', 'gd-step').make(seed);
			if (q.kind !== 'numeric') throw new Error('numeric expected');
			const [x0, lr] = nums(q.prompt).slice(-2);
			expect(q.answer).toBeCloseTo(x0 - lr * 2 * x0, 12);
			expect(nums(q.explanation).at(-1)).toBeCloseTo(x0 - lr * 2 * x0, 6);

			const t = get('04-backpropagation', 'too-large').make(seed);
			if (t.kind !== 'single') throw new Error('single expected');
			const [eta, start] = nums(t.prompt).slice(-2);
			// an independent run: x ← (1 − 2η)·x until it is tiny, huge, or 1000 steps
			let x = start;
			let i = 0;
			while (i < 1000 && Math.abs(x) <= 1e6 && Math.abs(eta * 2 * x) >= 1e-6) {
				x = (1 - 2 * eta) * x;
				i++;
			}
			const right = t.choices.find((c) => c.correct)!.text;
			if (Math.abs(x) > 1e6) expect(right).toMatch(/diverges/);
			else if (i === 1000) expect(right).toMatch(/for ever/);
			else if (1 - 2 * eta > 0) expect(right).toMatch(/one side/);
			else expect(right).toMatch(/less far/);
			expect(t.explanation).toContain(`1 − 2η = ${Math.round((1 - 2 * eta) * 1e6) / 1e6}`);
		}
	});

	it('images: a flat area through a kernel gives the kernel sum times the value', () => {
		for (const seed of many) {
			const q = get('06-images-as-data', 'edge-sum').make(seed);
			if (q.kind !== 'single') throw new Error('single expected');
			const weights = /kernel ([-\d, /]+) is applied/.exec(q.prompt)![1].split(/[,/]/).map(Number);
			const v = Number(/every pixel is (\d+)/.exec(q.prompt)![1]);
			const want = weights.reduce((a, b) => a + b, 0) * v;
			expect(q.choices.find((c) => c.correct)!.text).toBe(String(want));
			expect(q.explanation).toContain(`= ${want}.`);
		}
	});

	it('convolution and pooling: counts follow the prompt, in grammatical English', () => {
		for (const seed of many) {
			const f = get('07-convolution', 'feature-maps').make(seed);
			if (f.kind !== 'single') throw new Error('single expected');
			expect(f.choices.find((c) => c.correct)!.text).toBe(/with (\d+) filters/.exec(f.prompt)![1]);
			const l = get('08-pooling-and-flattening', 'flatten-length').make(seed);
			expect(l.prompt).not.toMatch(/\b1 feature map\b|map of [\d×]+ are/);
			const m = get('08-pooling-and-flattening', 'max-window').make(seed);
			if (m.kind !== 'numeric') throw new Error('numeric expected');
			const w = nums(m.prompt.split('holds')[1]).slice(0, 4);
			expect(m.answer).toBe(m.prompt.includes('average') ? (w[0] + w[1] + w[2] + w[3]) / 4 : Math.max(...w));
		}
	});

	it('pooling: the quiz’s own seeds ask about both max and average pooling', () => {
		const modes = new Set(
			Array.from({ length: 20 }, (_, set) =>
				get('08-pooling-and-flattening', 'max-window')
					.make(set * 1000)
					.prompt.includes('average')
			)
		);
		expect(modes).toEqual(new Set([true, false]));
	});
});

describe('quiz fairness over many quiz seeds (variant)', () => {
	const all = Object.entries(quizzes).flatMap(([path, mod]) =>
		mod.quiz.map((source, index) => ({ folder: path.split('/').at(-2)!, source, index }))
	);
	for (const { folder, source, index } of all) {
		const first = variant(source, 0, index);
		if (first.kind !== 'single' && first.kind !== 'multiple') continue;
		it(`${folder}/${source.id}: the right answer's place is spread, and the answer stays right`, () => {
			const places = new Map<number, number>();
			const N = 200;
			for (let seed = 0; seed < N; seed++) {
				const q = variant(source, seed, index);
				if (q.kind !== 'single' && q.kind !== 'multiple') throw new Error('kind changed');
				const made = source.make(questionSeed(seed, index)) as typeof q;
				// the same choices, only reordered
				expect([...q.choices].map((c) => c.text).sort()).toEqual([...made.choices].map((c) => c.text).sort());
				const right = q.choices.map((c, i) => (c.correct ? i : -1)).filter((i) => i >= 0);
				expect(grade(q, { chosen: right })).toBe('right');
				for (const at of right) places.set(at, (places.get(at) ?? 0) + 1);
			}
			const n = first.choices.length;
			if (first.kind === 'single') {
				// every place holds the answer sometimes, and none more than twice its fair share
				expect(places.size).toBe(n);
				for (const count of places.values()) expect(count).toBeLessThan((2 * N) / n);
			} else {
				// every place is sometimes right and, unless all choices are right, sometimes wrong
				const allRight = first.choices.every((c) => c.correct);
				for (let i = 0; i < n; i++) {
					expect(places.get(i) ?? 0).toBeGreaterThan(0);
					if (!allRight) expect(places.get(i)).toBeLessThan(N);
				}
			}
		});
	}
	it('the pooling quiz asks about both max and average pooling', () => {
		const src = quizzes['/content/lessons/08-pooling-and-flattening/quiz.ts'].quiz[0];
		const prompts = Array.from({ length: 20 }, (_, s) => variant(src, s, 0).prompt);
		expect(prompts.some((p) => /max/i.test(p))).toBe(true);
		expect(prompts.some((p) => /average|avg/i.test(p))).toBe(true);
	});
});
