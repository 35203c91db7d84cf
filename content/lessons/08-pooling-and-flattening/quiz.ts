import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick, shuffle } from '$lib/math/rng';
import { fromRows } from '$lib/math/conv';
import { flatten, pool2d, poolOutputSize } from '$lib/math/pooling';
import { receptiveFields, type Layer } from '$lib/math/receptive-field';
import { analyse } from '$lib/math/architecture';

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
				prompt: `A 2×2 window holds ${show(w)} (rows split by /). What does ${mode === 'max' ? 'max' : 'average'} pooling keep?`,
				explanation:
					mode === 'max'
						? `Max pooling keeps the largest value: ${answer}.`
						: `Average pooling keeps the mean: (${w.flat().join(' + ')}) / 4 = ${answer}.`,
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
				prompt: `A ${n}×${n} feature map is pooled with a ${size}×${size} window and stride ${stride}. How wide is the pooled map?`,
				explanation: `⌊(n − size) / stride⌋ + 1 = ⌊(${n} − ${size}) / ${stride}⌋ + 1 = ${answer}.`,
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
				prompt: `${c > 1 ? `${c} feature maps of ${2 * h}×${2 * h} are` : `One feature map of ${2 * h}×${2 * h} is`} max-pooled with a 2×2 window and stride 2, then flattened. How long is the vector?`,
				explanation: `Each map becomes ${h}×${h} = ${perMap} values; ${c} map${c > 1 ? 's give' : ' gives'} ${perMap} × ${c} = ${answer}.`,
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
				'It makes the feature maps smaller.',
				mode === 'max' ? 'It keeps the strongest response in each window.' : 'It keeps the mean response of each window.',
				'It has no weights to learn.',
				'It works on each feature map separately.'
			]).slice(0, 2);
			const falsehoods = shuffle(r, [
				{ text: 'It has weights learned by backpropagation.', why: 'Pooling is a fixed rule: max or mean. It has nothing to learn.' },
				{ text: 'It turns the feature map into a vector.', why: 'That is flattening; pooling keeps a grid, only smaller.' },
				{ text: 'It mixes the feature maps into one.', why: 'Each map is pooled on its own: the number of maps stays the same.' },
				{
					text: mode === 'max' ? 'It keeps the mean of each window.' : 'It keeps the largest value of each window.',
					why: mode === 'max' ? 'That is average pooling.' : 'That is max pooling.'
				}
			]).slice(0, 2);
			return {
				kind: 'multiple',
				id: 'why-pool',
				prompt: `Which are true of ${mode === 'average' ? 'an' : 'a'} ${mode}-pooling layer?`,
				explanation: `Pooling is a fixed rule with no weights, applied to each map on its own; it shrinks the maps and keeps the ${
					mode === 'max' ? 'strongest response' : 'mean'
				} of each window, which also makes the network less sensitive to small shifts.`,
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
			const name = (l: Layer) => (l.kind === 'conv' ? `a ${l.k}×${l.k} convolution (stride 1)` : 'a 2×2 max pool (stride 2)');
			let prevR = 1,
				prevJ = 1;
			const work = layers
				.map((l, i) => {
					const line = `r${i + 1} = ${prevR} + (${l.k} − 1)·${prevJ} = ${steps[i].receptiveField}`;
					prevR = steps[i].receptiveField;
					prevJ = steps[i].jump;
					return line;
				})
				.join('; ');
			return {
				kind: 'numeric',
				id: 'receptive-field',
				answer,
				tolerance: 0,
				prompt: `A network applies, in order, ${layers.map(name).join(', then ')}, with no padding. How many input pixels wide is the receptive field of one output of the last layer?`,
				explanation: `Start at r = 1 with jump 1; each layer adds (k − 1) times the jump so far, and a stride multiplies the jump: ${work}.`,
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
				prompt: `The last convolution block leaves ${size}×${size}×${channels} feature maps. After ${
					global ? 'global max pooling' : 'flattening'
				}, a dense layer of ${units} unit${units === 1 ? '' : 's'} follows. How many parameters (weights and biases) does that dense layer have?`,
				explanation: `${
					global ? `Global max pooling keeps one value per map: ${n} inputs.` : `Flattening gives ${size}·${size}·${channels} = ${n} inputs.`
				} Each unit has one weight per input and a bias: (${n} + 1)·${units} = ${answer}.`,
				section: 'global-pooling-instead-of-flattening'
			};
		}
	}
];
