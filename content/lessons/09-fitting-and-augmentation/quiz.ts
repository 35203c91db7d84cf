import type { QuestionSource } from '$lib/quiz';
import { IDENTITY_DRAW, samplingMatrix } from '$lib/math/augment';
import { pick, randInt, rng, shuffle } from '$lib/math/rng';

type Fit = 'overfitting' | 'underfitting' | 'good';

const FIT_TEXT: Record<Fit, string> = {
	overfitting: 'Overfitting',
	underfitting: 'Underfitting',
	good: 'A good fit'
};

/** Camera set-ups and which transforms keep their photos realistic and their labels true. */
const SETUPS = [
	{
		scene: 'Top-view photos of round castings, taken by a fixed camera',
		ok: ['Horizontal and vertical flips', 'Rotations by any angle', 'Small shifts (5% of the width)'],
		bad: [
			{ text: 'Shears up to 60°', why: 'A 60° shear turns the round part into an oval no camera would produce.' },
			{
				text: 'Random crops that keep half the part',
				why: 'Cropping away half the part can remove the defect and make the label wrong.'
			}
		]
	},
	{
		scene: 'Side-view photos of castings standing upright on a conveyor, camera fixed',
		ok: ['Horizontal flips', 'Small rotations (±5°)', 'Small shifts (5% of the width)'],
		bad: [
			{ text: 'Vertical flips', why: 'Parts never stand upside down on the conveyor: the flipped photo is unrealistic.' },
			{ text: 'Rotations by any angle', why: 'A part lying on its side is not what this camera sees.' }
		]
	},
	{
		scene: 'Photos of stamped serial numbers on casting labels, camera fixed',
		ok: ['Small rotations (±5°)', 'Small shifts (5% of the width)', 'Small zooms (±5%)'],
		bad: [
			{ text: 'Horizontal flips', why: 'Mirrored digits are not real digits: a flipped 2 or 5 reads as something else.' },
			{ text: 'Rotations by any angle', why: 'A 6 turned by 180° reads as a 9: the label would change.' }
		]
	}
] as const;

export const quiz: QuestionSource[] = [
	{
		id: 'diagnose',
		make(seed) {
			const r = rng(seed);
			const fit = pick(r, ['overfitting', 'underfitting', 'good'] as const);
			const epochs = pick(r, [10, 20, 30]);
			const [tr, va] =
				fit === 'overfitting'
					? ((t) => [t, t - randInt(r, 12, 20)])(randInt(r, 97, 100))
					: fit === 'underfitting'
						? ((t) => [t, t - randInt(r, 0, 2)])(randInt(r, 58, 66))
						: ((t) => [t, t - randInt(r, 0, 2)])(randInt(r, 94, 97));
			return {
				kind: 'single',
				id: 'diagnose',
				prompt: `After ${epochs} epochs a model has ${tr}% training accuracy and ${va}% validation accuracy, on a data set where always answering “defective” scores 63%. What is happening?`,
				explanation: {
					overfitting: `Training is almost perfect while validation lags ${tr - va} points behind: the model memorises its training images (overfitting).`,
					underfitting: `Both accuracies are low (${tr}% and ${va}%, barely above the 63% of always answering “defective”) and close together: the model cannot even fit its training images (underfitting).`,
					good: `Both accuracies are high (${tr}% and ${va}%) and only ${tr - va} point${tr - va === 1 ? '' : 's'} apart: the model fits and what it learned carries over (a good fit).`
				}[fit],
				choices: (['overfitting', 'underfitting', 'good'] as const).map((k) => ({
					text: FIT_TEXT[k],
					correct: k === fit
				})),
				section: {
					underfitting: 'underfitting-too-simple-to-see-the-pattern',
					overfitting: 'overfitting-memorising-instead-of-learning',
					good: 'the-sweet-spot'
				}[fit]
			};
		}
	},
	{
		id: 'shift-pixels',
		make(seed) {
			const r = rng(seed + 11);
			const w = pick(r, [64, 96, 128, 300]);
			const range = pick(r, [0.05, 0.1, 0.2, 0.25]);
			const across = r() < 0.5;
			// the shift of the sampled point when the draw is the full range, from the sampling map
			const m = samplingMatrix(
				{ ...IDENTITY_DRAW, shiftX: across ? range : 0, shiftY: across ? 0 : range },
				w,
				w
			);
			const answer = Math.round(Math.abs(across ? m[2] : m[5]) * 1000) / 1000;
			const arg = across ? 'width_shift_range' : 'height_shift_range';
			return {
				kind: 'numeric',
				id: 'shift-pixels',
				prompt: `An image is ${w} × ${w} pixels and ${arg}=${range}. At most how many pixels can a training image move ${across ? 'sideways' : 'up or down'}?`,
				explanation: `The shift is drawn from −${range} to +${range} of the ${across ? 'width' : 'height'}: ${range} × ${w} = ${answer} pixels.`,
				answer,
				tolerance: 0.01,
				unit: 'pixels',
				section: 'data-augmentation'
			};
		}
	},
	{
		id: 'turn-pixels',
		make(seed) {
			const r = rng(seed + 17);
			const w = pick(r, [64, 128, 300]);
			const dist = pick(r, [10, 20, 30]) * (w / 64 >= 2 ? 2 : 1);
			const deg = pick(r, [10, 20, 30, 45]);
			// how far the pixel `dist` to the right of the centre is taken from, at the largest turn
			const m = samplingMatrix({ ...IDENTITY_DRAW, rotate: deg }, w, w);
			const [x, y] = [w / 2 + dist, w / 2];
			const moved = Math.hypot(m[0] * x + m[1] * y + m[2] - x, m[3] * x + m[4] * y + m[5] - y);
			const answer = Math.round(moved * 10) / 10;
			return {
				kind: 'numeric',
				id: 'turn-pixels',
				prompt: `An image is ${w} × ${w} pixels and rotation_range=${deg}. A pixel ${dist} pixels from the centre: at most how far can a turn move it (1 decimal)?`,
				explanation: `A turn by up to ${deg}° about the centre moves a point on a circle of radius ${dist}; the straight distance is the chord 2 · ${dist} · sin(${deg}° / 2) ≈ ${answer} pixels.`,
				answer,
				tolerance: 0.1,
				unit: 'pixels',
				section: 'how-one-transform-is-applied'
			};
		}
	},
	{
		id: 'which-data',
		make(seed) {
			const r = rng(seed + 22);
			const variant = pick(r, [
				{ prompt: 'Which images should data augmentation change?', right: 'Training images only' },
				{
					prompt: 'Your data set is split into training, validation and test images. Which get random flips and turns?',
					right: 'Training images only'
				},
				{
					prompt: 'Which images should stay exactly as the camera took them?',
					right: 'Validation and test images'
				},
				{
					prompt: 'You add rotation_range=20 to the pipeline. Which images should it turn?',
					right: 'Training images only'
				},
				{
					prompt: 'The model is measured after every epoch and once at the end. Which images must be left as photographed?',
					right: 'Validation and test images'
				}
			]);
			const stay = variant.right === 'Validation and test images';
			const options = stay
				? ['Validation and test images', 'Training images only', 'Test images only', 'None of the images']
				: ['Training images only', 'Training and validation images', 'All of the images', 'Validation and test images'];
			return {
				kind: 'single',
				id: 'which-data',
				prompt: variant.prompt,
				explanation:
					'Only the training images are augmented. Validation and test images measure the model on photos as the camera takes them; changing them would measure something else.',
				choices: options.map((text) => ({ text, correct: text === variant.right })),
				section: 'rules-of-thumb'
			};
		}
	},
	{
		id: 'safe-transforms',
		make(seed) {
			const r = rng(seed + 33);
			const setup = pick(r, SETUPS);
			const ok = shuffle(r, setup.ok).slice(0, 2);
			return {
				kind: 'multiple',
				id: 'safe-transforms',
				prompt: `${setup.scene}. Which augmentations keep the images realistic and the labels true?`,
				explanation: `Keep what the camera could really produce and what leaves the class unchanged. ${setup.bad
					.map((b) => b.why)
					.join(' ')}`,
				choices: [
					...ok.map((text) => ({ text, correct: true })),
					...setup.bad.map((b) => ({ text: b.text, correct: false, why: b.why }))
				],
				section: 'rules-of-thumb'
			};
		}
	},
	{
		id: 'cure',
		make(seed) {
			const r = rng(seed + 44);
			const over = r() < 0.5;
			const symptom = over
				? pick(r, [
						'Validation loss rises while training loss keeps falling.',
						'Training accuracy reaches 100% while validation accuracy drops from 91% to 84%.'
					])
				: pick(r, [
						'Training and validation loss both stay high and close together.',
						'After 30 epochs training accuracy is 64% and validation accuracy 63%.'
					]);
			// two that help and two that do not, drawn from what the lesson lists for each case
			const helps = over
				? ['Data augmentation', 'Dropout', 'Early stopping', 'A smaller model', 'More training photos']
				: ['A bigger model', 'Training for more epochs', 'A finer input (more pixels)', 'A higher learning rate, if it crawls'];
			const hurts = over
				? [
						['A bigger dense layer', 'More parameters make memorising easier, not harder.'],
						['More epochs', 'More epochs give it more time to memorise; validation gets worse still.'],
						['Removing dropout', 'Dropout fights overfitting; removing it makes memorising easier.']
					]
				: [
						['Stronger dropout', 'Dropout fights overfitting; here the model cannot even fit its training data.'],
						['A smaller model', 'A smaller model is even less able to fit the pattern.'],
						['Stopping training earlier', 'Stopping sooner leaves it even less fitted.']
					];
			const choices = [
				...shuffle(r, helps)
					.slice(0, 2)
					.map((text) => ({ text, correct: true })),
				...shuffle(r, hurts)
					.slice(0, 2)
					.map(([text, why]) => ({ text, correct: false, why }))
			];
			return {
				kind: 'multiple',
				id: 'cure',
				prompt: `${symptom} Which of these help?`,
				explanation: over
					? 'That is overfitting. More (or augmented) data, dropout, early stopping and a smaller model all fight it; more parameters, more epochs or less dropout make memorising easier.'
					: 'That is underfitting. A bigger model, longer training (or a larger rate when learning crawls) and a finer input let it see the pattern; dropout, a smaller model or stopping sooner make fitting harder still.',
				choices,
				section: over ? 'overfitting-memorising-instead-of-learning' : 'underfitting-too-simple-to-see-the-pattern'
			};
		}
	}
];
