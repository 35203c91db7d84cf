import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, shuffle } from '$lib/math/rng';
import { correlate2d, fromRows, outputShape, outputSize } from '$lib/math/conv';

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
				explanation: `Multiply cell by cell and add: only the four corners and the centre of the patch have weight 1, so the sum is the patch's corners plus its centre = ${answer}.`,
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
			const f = [8, 16, 32, 64][randInt(r, 0, 3)];
			return {
				kind: 'single',
				id: 'feature-maps',
				prompt: `A convolution layer with ${f} filters of size 3×3 gets an RGB image (3 channels). How many feature maps does it output?`,
				explanation: `Each filter spans all 3 channels and gives one map, so ${f} filters give ${f} feature maps.`,
				section: 'channels-filters-for-colour-images',
				choices: shuffle(r, [
					{ text: String(f), correct: true, why: 'One map per filter.' },
					{ text: String(3 * f), correct: false, why: 'A filter covers all channels at once: it does not give one map per channel.' },
					{ text: '3', correct: false, why: 'That is the number of input channels, not of filters.' },
					{ text: String(9 * f), correct: false, why: '9 is the number of weights per channel of a filter.' }
				])
			};
		}
	},
	{
		id: 'learned',
		make: (seed) => ({
			kind: 'multiple',
			id: 'learned',
			prompt: 'Which statements about the filters of a convolution layer are true?',
			explanation:
				'The weights are learned by backpropagation; the size and number of filters are hyperparameters you choose; one filter slides over the whole image, which is why a conv layer needs far fewer parameters than a dense layer.',
			section: 'filters-are-learned',
			choices: shuffle(rng(seed + 404), [
				{ text: 'Their weights are learned by backpropagation.', correct: true },
				{ text: 'The filter size is a hyperparameter chosen before training.', correct: true },
				{ text: 'One filter is reused at every position of the image.', correct: true },
				{
					text: 'Someone must design each filter by hand, like the Sobel kernel.',
					correct: false,
					why: 'Hand-made kernels show what filters can do; a CNN learns its own.'
				},
				{
					text: 'A filter moves pixels to new positions.',
					correct: false,
					why: 'A filter changes values, computed from each pixel’s neighbourhood; nothing moves.'
				}
			])
		})
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
	}
];
