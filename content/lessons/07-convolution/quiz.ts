import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick, shuffle } from '$lib/math/rng';
import { correlate2d, fromRows, outputShape, outputSize } from '$lib/math/conv';
import { convChannels } from '$lib/math/conv-channels';

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
				prompt: `The kernel 1 0 1 / 0 1 0 / 1 0 1 sits on the patch ${show(patch)} (rows split by /). What number does this position give in the feature map?`,
				explanation: `Multiply cell by cell and add: only the four corners and the centre of the patch have weight 1, so the sum is the patch's corners plus its centre: ${[patch[0][0], patch[0][2], patch[2][0], patch[2][2], patch[1][1]].join(' + ')} = ${answer}.`,
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
				prompt: `A ${n}×${n} image, a ${k}×${k} kernel, stride ${s}, zero padding ${p}: how many columns does the feature map have?`,
				explanation: `⌊(n + 2p − k) / s⌋ + 1 = ⌊(${n} + ${2 * p} − ${k}) / ${s}⌋ + 1 = ${answer}.`,
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
				prompt: `With padding "same", a 3×3 kernel and stride ${s}, how wide is the output for a ${n}-pixel-wide input?`,
				explanation: `"same" pads so that the output has ⌈n / s⌉ = ⌈${n} / ${s}⌉ = ${answer} cells.`,
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
				{ text: 'an RGB image (3 channels)', c: 3 },
				{ text: 'a grayscale image (1 channel)', c: 1 },
				{ text: 'the 16 feature maps of the layer before', c: 16 },
				{ text: 'the 32 feature maps of the layer before', c: 32 }
			]);
			const k = pick(r, [3, 5]);
			const wrong = [
				{ n: input.c * f, why: 'A filter covers all channels at once: it does not give one map per channel.' },
				{ n: input.c, why: 'That is the number of input channels, not of filters.' },
				{ n: k * k * input.c, why: `${k}·${k}·${input.c} is the number of weights in one filter.` }
			].filter((w) => w.n !== f);
			return {
				kind: 'single',
				id: 'feature-maps',
				prompt: `A convolution layer with ${f} filters of size ${k}×${k} gets ${input.text}. How many feature maps does it output?`,
				explanation: `Each filter spans ${input.c > 1 ? `all ${input.c} input channels` : 'the one input channel'} (${k}·${k}·${input.c} weights) and gives one map, so ${f} filters give ${f} feature maps.`,
				section: 'channels-filters-for-colour-images',
				choices: [
					{ text: String(f), correct: true, why: 'One map per filter.' },
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
			const truths = shuffle(r, [
				'Their weights are learned by backpropagation.',
				'The filter size is a hyperparameter chosen before training.',
				'One filter is reused at every position of the image.',
				'The number of filters is a hyperparameter chosen before training.',
				'A filter whose only non-zero weight is off-centre shifts the image.'
			]).slice(0, 3);
			const falsehoods = shuffle(r, [
				{
					text: 'Someone must design each filter by hand, like Sobel.',
					why: 'Hand-made kernels show what filters can do; a CNN learns its own.'
				},
				{
					text: 'Each position of the image has a filter of its own.',
					why: 'One filter slides over every position: that is weight sharing.'
				},
				{
					text: 'The filter weights stay fixed once training starts.',
					why: 'Training changes exactly those weights, by backpropagation.'
				},
				{
					text: 'A 3×3 filter on an RGB image has 9 weights.',
					why: 'It spans the 3 channels too: 3·3·3 = 27 weights (and a bias).'
				}
			]).slice(0, 2);
			return {
				kind: 'multiple',
				id: 'learned',
				prompt: 'Which statements about the filters of a convolution layer are true?',
				explanation:
					'The weights are learned by backpropagation; the size and number of filters are hyperparameters you choose; one filter slides over the whole image (weight sharing), and spans all input channels. A kernel whose one weight sits off-centre copies a neighbour, so it shifts the picture by a pixel.',
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
				[0, 1, 2, 3].filter((p) => outputSize(n, k, st, p) === want).map((p) => `stride ${st}, padding ${p}`)
			);
			return {
				kind: 'widget',
				id: 'set-output-size',
				widget: 'convolution',
				params: 'image=casting-pit&kernel=box-blur&stride=1&padding=0',
				prompt: `The input is ${n}×${n} and the kernel 3×3. Set the stride and padding so that the output is ${want}×${want}.`,
				checks: [
					{ readout: 'output-height', label: 'The output height', equals: want },
					{ readout: 'output-width', label: 'The output width', equals: want }
				],
				explanation: `⌊(${n} + 2p − ${k}) / s⌋ + 1 = ${want} holds for ${ways.join('; ')}.`,
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
			const names = ['red', 'green', 'blue'];
			return {
				kind: 'numeric',
				id: 'channels-bias-relu',
				answer,
				tolerance: 1e-9,
				prompt: `A 2×2×3 filter sits on a 2×2 RGB patch (rows split by /). ${names
					.map((n, c) => `${n}: patch ${show(x[c])}, slice ${show(k[c])}`)
					.join('; ')}. The bias is ${bias} and the activation ReLU. ${
					askPre ? 'What is the pre-activation value, before ReLU?' : 'What is the output value?'
				}`,
				explanation: `Per channel: ${sums.join(', ')}; their sum plus the bias is ${sums.join(' + ')} + (${bias}) = ${pre}${
					askPre ? '; ReLU comes after it' : ''
				}, and ReLU gives max(0, ${pre}) = ${output}.`,
				section: 'channels-filters-for-colour-images'
			};
		}
	}
];
