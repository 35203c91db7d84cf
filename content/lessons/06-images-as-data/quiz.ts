import type { QuestionSource } from '$lib/quiz';
import { rng, randInt } from '$lib/math/rng';
import { fromRows, windowAt } from '$lib/math/conv';
import { kernelSum, luma } from '$lib/math/image';
import { presetMatrix } from '$lib/math/kernels';

export const quiz: QuestionSource[] = [
	{
		id: 'gray-from-rgb',
		make(seed) {
			const r = rng(seed);
			const [R, G, B] = [randInt(r, 0, 255), randInt(r, 0, 255), randInt(r, 0, 255)];
			const answer = luma(R, G, B);
			return {
				kind: 'numeric',
				id: 'gray-from-rgb',
				answer,
				tolerance: 0.5,
				prompt: `A pixel has R = ${R}, G = ${G}, B = ${B}. What is its gray value (BT.601)?`,
				explanation: `0.299 · ${R} + 0.587 · ${G} + 0.114 · ${B} = ${answer.toFixed(3)} (stored as ${Math.round(answer)}).`,
				section: 'from-colour-to-gray'
			};
		}
	},
	{
		id: 'shape-count',
		make(seed) {
			const r = rng(seed + 1000);
			const h = randInt(r, 3, 40) * 8;
			const w = randInt(r, 3, 40) * 8;
			const answer = h * w * 3;
			return {
				kind: 'numeric',
				id: 'shape-count',
				answer,
				tolerance: 0,
				prompt: `A colour image is ${h} pixels high and ${w} pixels wide. How many numbers does it hold?`,
				explanation: `Its shape is H × W × C = ${h} × ${w} × 3, so ${h} · ${w} · 3 = ${answer} numbers.`,
				section: 'colour-three-channels'
			};
		}
	},
	{
		id: 'filter-one-pixel',
		make(seed) {
			const r = rng(seed + 2000);
			const preset = (['ridge', 'sharpen', 'sobel-x'] as const)[randInt(r, 0, 2)];
			const patch = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => randInt(r, 0, 9) * 10));
			const kernel = presetMatrix(preset);
			const answer = windowAt(fromRows(patch), fromRows(kernel), { padding: 'valid' }, 0, 0).sum;
			const show = (m: number[][]) => m.map((row) => row.join(', ')).join(' / ');
			return {
				kind: 'numeric',
				id: 'filter-one-pixel',
				answer,
				tolerance: 0,
				prompt: `The 3 × 3 neighbourhood of a pixel is ${show(patch)} (rows split by /). What is the pixel's new value with the kernel ${show(kernel)}?`,
				explanation: `Multiply each weight by the pixel under it and add: ${patch
					.flat()
					.map((v, i) => `${kernel.flat()[i]}·${v}`)
					.join(' + ')} = ${answer}.`,
				section: 'filtering-an-image-with-a-kernel'
			};
		}
	},
	{
		id: 'kernel-sum',
		make(seed) {
			const r = rng(seed + 3000);
			const weights = Array.from({ length: 9 }, () => randInt(r, 0, 4));
			weights[4] += 1;
			const answer = kernelSum(weights);
			const rows = [0, 1, 2].map((y) => weights.slice(3 * y, 3 * y + 3).join(', ')).join(' / ');
			return {
				kind: 'numeric',
				id: 'kernel-sum',
				answer,
				tolerance: 0,
				prompt: `You type the blur kernel ${rows}. To keep the picture's brightness, every weight must be divided by what number?`,
				explanation: `By the kernel sum, ${weights.join(' + ')} = ${answer}; then the weights add up to 1 and a flat area keeps its value.`,
				section: 'the-kernel-sum-normalisation-and-negative-values'
			};
		}
	},
	{
		id: 'edge-sum',
		make: () => ({
			kind: 'single',
			id: 'edge-sum',
			prompt: 'The ridge kernel −1, −1, −1 / −1, 8, −1 / −1, −1, −1 is applied to a flat area where every pixel is 90. What comes out?',
			explanation: 'Its weights add up to 0, so a flat area gives 8 · 90 − 8 · 90 = 0. Only changes (edges) give non-zero values.',
			section: 'filtering-an-image-with-a-kernel',
			choices: [
				{ text: '0', correct: true, why: 'The weights sum to 0, so a constant area cancels out.' },
				{ text: '90', correct: false, why: 'That would need weights summing to 1 (like identity or a normalised blur).' },
				{ text: '720', correct: false, why: '8 · 90 is only the centre term; the eight −1 · 90 terms cancel it.' },
				{ text: '255', correct: false, why: 'Nothing is clamped here; the sum is computed exactly.' }
			]
		})
	},
	{
		id: 'layers',
		make: () => ({
			kind: 'single',
			id: 'layers',
			prompt: 'Which kind of CNN layer turns the 2-D feature maps into one long vector for the fully connected layers?',
			explanation: 'Flattening reshapes the maps into a vector; it computes nothing new. Pooling shrinks maps, convolution makes them.',
			section: 'the-four-kinds-of-layers-of-a-cnn',
			choices: [
				{ text: 'Convolution', correct: false, why: 'Convolution produces feature maps; they are still 2-D.' },
				{ text: 'Pooling', correct: false, why: 'Pooling makes maps smaller but keeps them 2-D.' },
				{ text: 'Flattening', correct: true },
				{ text: 'Fully connected', correct: false, why: 'Fully connected layers take the vector as input; they do not make it.' }
			]
		})
	}
];
