import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick } from '$lib/math/rng';
import { fromRows, windowAt } from '$lib/math/conv';
import { kernelSum, luma } from '$lib/math/image';
import { presetMatrix, type KernelPreset } from '$lib/math/kernels';

/** A flat patch through a preset: every output is the kernel's sum times the value (from windowAt). */
function flatResponse(preset: KernelPreset, v: number): number {
	const k = presetMatrix(preset);
	const patch = k.map((row) => row.map(() => v));
	return windowAt(fromRows(patch), fromRows(k), { padding: 'valid' }, 0, 0).sum;
}

const LAYERS = [
	{
		name: 'Convolution',
		does: 'slides small learned kernels over its input and makes a feature map per kernel',
		not: 'It makes feature maps; they are still 2-D.'
	},
	{
		name: 'Pooling',
		does: 'shrinks each feature map by keeping the maximum or mean of small windows',
		not: 'Pooling makes maps smaller but keeps them 2-D.'
	},
	{
		name: 'Flattening',
		does: 'turns the 2-D feature maps into one long vector, computing nothing new',
		not: 'Flattening only reshapes: it has no kernel and no neurons.'
	},
	{
		name: 'Fully connected',
		does: 'combines a vector of numbers into the answer, such as a probability',
		not: 'Fully connected layers take the vector as input; they do not slide or shrink.'
	}
] as const;

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
			const c = pick(r, [1, 3]);
			const answer = h * w * c;
			return {
				kind: 'numeric',
				id: 'shape-count',
				answer,
				tolerance: 0,
				prompt: `A ${c === 3 ? 'colour' : 'grayscale'} image is ${h} pixels high and ${w} pixels wide. How many numbers does it hold?`,
				explanation: `Its shape is H × W × C = ${h} × ${w} × ${c}${c === 3 ? ' (R, G and B)' : ' (one brightness per pixel)'}, so ${h} · ${w} · ${c} = ${answer} numbers.`,
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
		make(seed) {
			const r = rng(seed + 4000);
			const preset = pick(r, ['ridge', 'sobel-x', 'sobel-y', 'sharpen', 'identity'] as const);
			const v = randInt(r, 2, 24) * 10;
			const k = presetMatrix(preset);
			const answer = flatResponse(preset, v);
			const centre = k[1][1] * v;
			const sum = k.flat().reduce((a, b) => a + b, 0);
			const options = [...new Set([answer, 0, v, centre, 255].map(String))];
			const name = { ridge: 'ridge', 'sobel-x': 'Sobel x', 'sobel-y': 'Sobel y', sharpen: 'sharpen', identity: 'identity' }[
				preset
			];
			return {
				kind: 'single',
				id: 'edge-sum',
				prompt: `The ${name} kernel ${k.map((row) => row.join(', ')).join(' / ')} is applied to a flat area where every pixel is ${v}. What comes out?`,
				explanation: `On a flat area every product is weight · ${v}, so the output is (sum of the weights) · ${v} = ${sum} · ${v} = ${answer}. ${
					sum === 0 ? 'Kernels summing to 0 answer only to change (edges).' : 'A kernel summing to 1 keeps flat areas as they are.'
				}`,
				section: 'filtering-an-image-with-a-kernel',
				choices: options.map((o) => ({
					text: o,
					correct: o === String(answer),
					why:
						o === String(answer)
							? undefined
							: o === '255'
								? 'Nothing is clamped here; the sum is computed exactly.'
								: o === String(centre)
									? 'That is only the centre term; the other weights count too.'
									: `The weights sum to ${sum}, so a flat area gives ${sum} · ${v}.`
				}))
			};
		}
	},
	{
		id: 'layers',
		make(seed) {
			const layer = pick(rng(seed + 5000), LAYERS);
			return {
				kind: 'single',
				id: 'layers',
				prompt: `Which kind of CNN layer ${layer.does}?`,
				explanation: `${layer.name}. In order: convolution makes feature maps, pooling shrinks them, flattening turns them into a vector, fully connected layers turn the vector into the answer.`,
				section: 'the-four-kinds-of-layers-of-a-cnn',
				choices: LAYERS.map((l) => ({
					text: l.name,
					correct: l.name === layer.name,
					why: l.name === layer.name ? undefined : l.not
				}))
			};
		}
	},
	{
		id: 'pinhole-pixels',
		make(seed) {
			const r = rng(seed + 1060);
			const d = pick(r, [6, 9, 12, 15]);
			const n = pick(r, [8, 16, 32, 64, 100]);
			// d is a multiple of 3, so d · n / 300 = (d/3) · n / 100 has at most two decimals
			const answer = Math.round((d * n) / 3) / 100;
			return {
				kind: 'numeric',
				id: 'pinhole-pixels',
				answer,
				tolerance: 0.005,
				prompt: `A pinhole is ${d} pixels across on a 300 × 300 photo. The photo is averaged down to ${n} × ${n} pixels. How many of the new pixels across is the pinhole?`,
				explanation: `Each new pixel covers 300 / ${n} photo pixels per side, so the pinhole is ${d} · ${n} / 300 = ${answer} pixels across${
					answer < 1 ? ': less than one pixel, which it only darkens by its share of the area' : ''
				}.`,
				section: 'how-many-pixels-does-a-defect-need'
			};
		}
	}
];
