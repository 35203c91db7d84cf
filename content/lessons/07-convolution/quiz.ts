import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick, shuffle } from '$lib/math/rng';
import { correlate2d, fromRows, outputShape, outputSize } from '$lib/math/conv';
import { convChannels } from '$lib/math/conv-channels';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

const X = [
	[1, 0, 1],
	[0, 1, 0],
	[1, 0, 1]
];
const show = (m: number[][]) => m.map((r) => r.join(' ')).join(' / ');

export const quiz: QuestionSource[] = [
	{
		id: 'patch-sum',
		make(seed) {
			const r = rng(seed);
			const patch = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => randInt(r, 0, 1)));
			const answer = correlate2d(fromRows(patch), fromRows(X)).data[0];
			return {
				kind: 'numeric',
				id: 'patch-sum',
				answer,
				tolerance: 0,
				prompt: q('patch.prompt', { patch: show(patch) }),
				explanation: q('patch.explain', {
					terms: [patch[0][0], patch[0][2], patch[2][0], patch[2][2], patch[1][1]].join(' + '),
					answer
				}),
				section: 'the-worked-example-by-hand'
			};
		}
	},
	{
		id: 'output-size',
		make(seed) {
			const r = rng(seed + 101);
			const n = randInt(r, 7, 32);
			const k = [3, 5][randInt(r, 0, 1)];
			const s = randInt(r, 1, 3);
			const p = randInt(r, 0, 2);
			const answer = outputSize(n, k, s, p);
			return {
				kind: 'numeric',
				id: 'output-size',
				answer,
				tolerance: 0,
				prompt: q('size.prompt', { n, k, s, p }),
				explanation: q('size.explain', { n, p2: 2 * p, k, s, answer }),
				section: 'the-output-size-formula'
			};
		}
	},
	{
		id: 'same',
		make(seed) {
			const r = rng(seed + 202);
			const n = randInt(r, 9, 40);
			const s = randInt(r, 2, 3);
			const answer = outputShape({ h: n, w: n }, { h: 3, w: 3 }, { stride: s, padding: 'same' }).w;
			return {
				kind: 'numeric',
				id: 'same',
				answer,
				tolerance: 0,
				prompt: q('same.prompt', { s, n }),
				explanation: q('same.explain', { n, s, answer }),
				section: 'valid-and-same'
			};
		}
	},
	{
		id: 'feature-maps',
		make(seed) {
			const r = rng(seed + 303);
			const f = pick(r, [8, 16, 32, 64]);
			const input = pick(r, [
				{ text: q('maps.input.rgb'), c: 3 },
				{ text: q('maps.input.gray'), c: 1 },
				{ text: q('maps.input.16'), c: 16 },
				{ text: q('maps.input.32'), c: 32 }
			]);
			const k = pick(r, [3, 5]);
			const wrong = [
				{ n: input.c * f, why: q('maps.why.per-channel') },
				{ n: input.c, why: q('maps.why.channels') },
				{ n: k * k * input.c, why: q('maps.why.weights', { k, c: input.c }) }
			].filter((w) => w.n !== f);
			return {
				kind: 'single',
				id: 'feature-maps',
				prompt: q('maps.prompt', { f, k, input: input.text }),
				explanation: q('maps.explain', {
					spans: input.c > 1 ? q('maps.spans.all', { c: input.c }) : q('maps.spans.one'),
					k,
					c: input.c,
					f
				}),
				section: 'channels-filters-for-colour-images',
				choices: [
					{ text: String(f), correct: true, why: q('maps.why.right') },
					...[...new Map(wrong.map((w) => [w.n, w])).values()].map((w) => ({
						text: String(w.n),
						correct: false,
						why: w.why
					}))
				]
			};
		}
	},
	{
		id: 'learned',
		make(seed) {
			const r = rng(seed + 404);
			const truths = shuffle(r, [0, 1, 2, 3, 4] as const)
				.slice(0, 3)
				.map((i) => q(`learned.true.${i}`));
			const falsehoods = shuffle(r, [0, 1, 2, 3] as const)
				.slice(0, 2)
				.map((i) => ({ text: q(`learned.false.${i}`), why: q(`learned.false.${i}.why`) }));
			return {
				kind: 'multiple',
				id: 'learned',
				prompt: q('learned.prompt'),
				explanation: q('learned.explain'),
				section: 'filters-are-learned',
				choices: [
					...truths.map((text) => ({ text, correct: true })),
					...falsehoods.map((f) => ({ text: f.text, correct: false, why: f.why }))
				]
			};
		}
	},
	{
		// A task done in the widget: its output-height/output-width readouts are checked.
		id: 'set-output-size',
		make(seed) {
			const n = 8; // the casting-pit preset is 8×8
			const k = 3;
			const r = rng(seed);
			// A target the sliders can reach but the starting state (stride 1, padding 0) does not.
			const start = outputSize(n, k, 1, 0);
			const reachable = [2, 3, 4, 5, 7].filter(
				(want) => want !== start && [1, 2, 3, 4].some((st) => [0, 1, 2, 3].some((p) => outputSize(n, k, st, p) === want))
			);
			const want = reachable[randInt(r, 0, reachable.length - 1)];
			const ways = [1, 2, 3, 4].flatMap((st) =>
				[0, 1, 2, 3].filter((p) => outputSize(n, k, st, p) === want).map((p) => q('task.way', { s: st, p }))
			);
			return {
				kind: 'widget',
				id: 'set-output-size',
				widget: 'convolution',
				params: 'image=casting-pit&kernel=box-blur&stride=1&padding=0',
				prompt: q('task.prompt', { n, want }),
				checks: [
					{ readout: 'output-height', label: q('task.height'), equals: want },
					{ readout: 'output-width', label: q('task.width'), equals: want }
				],
				explanation: q('task.explain', { n, k, want, ways: ways.join(q('task.ways.join')) }),
				section: 'the-output-size-formula'
			};
		}
	},
	{
		id: 'channels-bias-relu',
		make(seed) {
			const r = rng(seed + 71);
			const m = () => [0, 1].map(() => [0, 1].map(() => randInt(r, -3, 3)));
			const x = [m(), m(), m()];
			const k = [m(), m(), m()];
			const bias = randInt(r, -6, 4);
			const res = convChannels(x.map(fromRows), k.map(fromRows), bias, 'relu');
			const sums = res.perChannel.map((g) => g.data[0]);
			const pre = res.preActivation.data[0];
			const output = res.output.data[0];
			// Half the variants ask for the value before ReLU, so the sum and the bias are asked
			// for themselves, not only through an output that ReLU often sets to 0.
			const askPre = r() < 0.5;
			const answer = askPre ? pre : output;
			const names = [q('relu.red'), q('relu.green'), q('relu.blue')];
			return {
				kind: 'numeric',
				id: 'channels-bias-relu',
				answer,
				tolerance: 1e-9,
				prompt: q('relu.prompt', {
					channels: names
						.map((name, c) => q('relu.channel', { name, patch: show(x[c]), slice: show(k[c]) }))
						.join(q('relu.channels.join')),
					bias,
					ask: q(askPre ? 'relu.ask.pre' : 'relu.ask.out')
				}),
				explanation: q('relu.explain', {
					sums: sums.join(', '),
					terms: sums.join(' + '),
					bias,
					pre,
					after: askPre ? q('relu.after') : '',
					output
				}),
				section: 'channels-filters-for-colour-images'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
