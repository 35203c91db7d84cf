import type { QuestionSource } from '$lib/quiz';
import { rng, randInt, pick } from '$lib/math/rng';
import { fromRows, windowAt } from '$lib/math/conv';
import { kernelSum, luma } from '$lib/math/image';
import { presetMatrix, type KernelPreset } from '$lib/math/kernels';
import { getLocale } from '$lib/i18n';
import { localizeDecimal } from '$lib/i18n/number';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);

/** A flat patch through a preset: every output is the kernel's sum times the value (from windowAt). */
function flatResponse(preset: KernelPreset, v: number): number {
	const k = presetMatrix(preset);
	const patch = k.map((row) => row.map(() => v));
	return windowAt(fromRows(patch), fromRows(k), { padding: 'valid' }, 0, 0).sum;
}

const LAYERS = ['conv', 'pool', 'flat', 'dense'] as const;

/** A decimal the JavaScript way ("140.750"), written as the page's language writes it. */
const dec = (s: string) => localizeDecimal(s, getLocale());

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

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
				prompt: q('gray.prompt', { R, G, B }),
				explanation: q('gray.explain', { R, G, B, value: dec(answer.toFixed(3)), stored: Math.round(answer) }),
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
				prompt: q('shape.prompt', { kind: q(c === 3 ? 'shape.kind.3' : 'shape.kind.1'), h, w }),
				explanation: q('shape.explain', { h, w, c, why: q(c === 3 ? 'shape.why.3' : 'shape.why.1'), answer }),
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
				prompt: q('filter.prompt', { patch: show(patch), kernel: show(kernel) }),
				explanation: q('filter.explain', {
					terms: patch
						.flat()
						.map((v, i) => `${kernel.flat()[i]}·${v}`)
						.join(' + '),
					answer
				}),
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
				prompt: q('kernel.prompt', { rows }),
				explanation: q('kernel.explain', { terms: weights.join(' + '), answer }),
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
			const name = q(`edge.name.${preset}`);
			return {
				kind: 'single',
				id: 'edge-sum',
				prompt: q('edge.prompt', { name, kernel: k.map((row) => row.join(', ')).join(' / '), v }),
				explanation: q('edge.explain', { v, sum, answer, note: q(sum === 0 ? 'edge.note.zero' : 'edge.note.one') }),
				section: 'filtering-an-image-with-a-kernel',
				choices: options.map((o) => ({
					text: o,
					correct: o === String(answer),
					why:
						o === String(answer)
							? undefined
							: o === '255'
								? q('edge.why.clamp')
								: o === String(centre)
									? q('edge.why.centre')
									: q('edge.why.sum', { sum, v })
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
				prompt: q('layers.prompt', { does: q(`layer.${layer}.does`) }),
				explanation: q('layers.explain', { name: q(`layer.${layer}`) }),
				section: 'the-four-kinds-of-layers-of-a-cnn',
				choices: LAYERS.map((l) => ({
					text: q(`layer.${l}`),
					correct: l === layer,
					why: l === layer ? undefined : q(`layer.${l}.not`)
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
				prompt: q('pinhole.prompt', { d, n }),
				explanation: q('pinhole.explain', { d, n, answer, tail: answer < 1 ? q('pinhole.tail') : '' }),
				section: 'how-many-pixels-does-a-defect-need'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
