import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick, shuffle } from '$lib/math/rng';
import { fromRows } from '$lib/math/conv';
import { flatten, pool2d, poolOutputSize } from '$lib/math/pooling';
import { receptiveFields, type Layer } from '$lib/math/receptive-field';
import { analyse } from '$lib/math/architecture';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

const show = (m: number[][]) => m.map((r) => r.join(' ')).join(' / ');

export const quiz: QuestionSource[] = [
	{
		id: 'max-window',
		make(seed) {
			const r = rng(seed);
			const w = Array.from({ length: 2 }, () => Array.from({ length: 2 }, () => randInt(r, 0, 9)));
			// Drawn from the generator, not from seed % 2: the quiz's seeds are set·1000 + index.
			const mode = pick(r, ['max', 'avg'] as const);
			const answer = pool2d(fromRows(w), 2, 2, mode).data[0];
			return {
				kind: 'numeric',
				id: 'max-window',
				answer,
				tolerance: 1e-9,
				prompt: q('window.prompt', { window: show(w), mode: q(`window.mode.${mode}`) }),
				explanation:
					mode === 'max'
						? q('window.explain.max', { answer })
						: q('window.explain.avg', { terms: w.flat().join(' + '), answer }),
				section: 'max-pooling-and-average-pooling'
			};
		}
	},
	{
		id: 'pooled-size',
		make(seed) {
			const r = rng(seed + 11);
			const n = randInt(r, 6, 33);
			const size = randInt(r, 2, 3);
			const stride = randInt(r, 2, 3);
			const answer = poolOutputSize(n, size, stride);
			return {
				kind: 'numeric',
				id: 'pooled-size',
				answer,
				tolerance: 0,
				prompt: q('size.prompt', { n, size, stride }),
				explanation: q('size.explain', { n, size, stride, answer }),
				section: 'the-pooled-size'
			};
		}
	},
	{
		id: 'flatten-length',
		make(seed) {
			const r = rng(seed + 22);
			const h = randInt(r, 2, 9);
			const c = [1, 8, 16, 32][randInt(r, 0, 3)];
			const perMap = flatten(pool2d(fromRows(Array.from({ length: 2 * h }, () => Array(2 * h).fill(0))), 2, 2, 'max')).length;
			const answer = perMap * c;
			return {
				kind: 'numeric',
				id: 'flatten-length',
				answer,
				tolerance: 0,
				prompt: q('flat.prompt', { c, side: 2 * h }),
				explanation: q('flat.explain', { h, perMap, c, answer }),
				section: 'flattening'
			};
		}
	},
	{
		id: 'why-pool',
		make(seed) {
			const r = rng(seed + 33);
			const mode = pick(r, ['max', 'average'] as const);
			const truths = shuffle(r, [
				q('why.true.smaller'),
				q(`why.true.${mode}`),
				q('why.true.no-weights'),
				q('why.true.per-map')
			]).slice(0, 2);
			const falsehoods = shuffle(r, [
				{ text: q('why.false.learned'), why: q('why.false.learned.why') },
				{ text: q('why.false.vector'), why: q('why.false.vector.why') },
				{ text: q('why.false.mix'), why: q('why.false.mix.why') },
				{ text: q(`why.false.${mode}`), why: q(`why.false.${mode}.why`) }
			]).slice(0, 2);
			return {
				kind: 'multiple',
				id: 'why-pool',
				prompt: q(`why.prompt.${mode}`),
				explanation: q('why.explain', { kept: q(`why.kept.${mode}`) }),
				section: 'why-shrink-a-feature-map',
				choices: [
					...truths.map((text) => ({ text, correct: true })),
					...falsehoods.map((f) => ({ text: f.text, correct: false, why: f.why }))
				]
			};
		}
	},
	{
		id: 'receptive-field',
		make(seed) {
			const r = rng(seed + 31);
			const count = randInt(r, 2, 3);
			const layers: Layer[] = Array.from({ length: count }, (_, i) =>
				i > 0 && r() < 0.4 ? { kind: 'pool', k: 2, s: 2 } : { kind: 'conv', k: pick(r, [3, 5]), s: 1 }
			);
			const steps = receptiveFields(layers);
			const answer = steps[steps.length - 1].receptiveField;
			const name = (l: Layer) => (l.kind === 'conv' ? q('rf.conv', { k: l.k }) : q('rf.pool'));
			let prevR = 1,
				prevJ = 1;
			const work = layers
				.map((l, i) => {
					const line = `r${i + 1} = ${prevR} + (${l.k} − 1)·${prevJ} = ${steps[i].receptiveField}`;
					prevR = steps[i].receptiveField;
					prevJ = steps[i].jump;
					return line;
				})
				.join(q('rf.work.join'));
			return {
				kind: 'numeric',
				id: 'receptive-field',
				answer,
				tolerance: 0,
				prompt: q('rf.prompt', { layers: layers.map(name).join(q('rf.then')) }),
				explanation: q('rf.explain', { work }),
				section: 'stacking-layers-what-one-output-sees'
			};
		}
	},
	{
		id: 'global-pooling-params',
		make(seed) {
			const r = rng(seed + 41);
			const size = pick(r, [4, 7, 8, 16]);
			const channels = pick(r, [16, 32, 64]);
			const units = pick(r, [1, 10, 64]);
			const global = r() < 0.5;
			const dense = { type: 'dense', units, activation: 'relu' } as const;
			const info = analyse([global ? { type: 'globalMaxPool' } : { type: 'flatten' }, dense], size, channels);
			const n = info[0].shape![0];
			const answer = info[1].params;
			return {
				kind: 'numeric',
				id: 'global-pooling-params',
				answer,
				tolerance: 0,
				prompt: q('gp.prompt', { size, channels, how: q(global ? 'gp.global' : 'gp.flatten'), units }),
				explanation: q('gp.explain', {
					inputs: global ? q('gp.inputs.global', { n }) : q('gp.inputs.flatten', { size, channels, n }),
					n,
					units,
					answer
				}),
				section: 'global-pooling-instead-of-flattening'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
