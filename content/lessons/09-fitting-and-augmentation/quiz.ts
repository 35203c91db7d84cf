import type { QuestionSource } from '$lib/quiz';
import { IDENTITY_DRAW, samplingMatrix } from '$lib/math/augment';
import { pick, randInt, rng } from '$lib/math/rng';

export const quiz: QuestionSource[] = [
	{
		id: 'diagnose',
		make(seed) {
			const r = rng(seed);
			const over = r() < 0.5;
			const tr = over ? randInt(r, 97, 100) : randInt(r, 58, 66);
			const va = over ? randInt(r, 78, 86) : tr - randInt(r, 0, 2);
			return {
				kind: 'single',
				id: 'diagnose',
				prompt: `After 20 epochs a model has ${tr}% training accuracy and ${va}% validation accuracy. What is happening?`,
				explanation: over
					? `Training is almost perfect while validation lags ${tr - va} points behind: the model memorises its training images (overfitting).`
					: 'Both accuracies are low and close together: the model cannot even fit its training images (underfitting).',
				choices: [
					{ text: 'Overfitting', correct: over },
					{ text: 'Underfitting', correct: !over },
					{ text: 'A good fit', correct: false }
				]
			};
		}
	},
	{
		id: 'shift-pixels',
		make(seed) {
			const r = rng(seed + 11);
			const w = pick(r, [64, 96, 128, 300]);
			const range = pick(r, [0.05, 0.1, 0.2, 0.25]);
			// the input point the left edge samples when the draw is the full range: its shift in pixels
			const m = samplingMatrix({ ...IDENTITY_DRAW, shiftX: range }, w, w);
			const answer = Math.round(Math.abs(m[2]) * 1000) / 1000;
			return {
				kind: 'numeric',
				id: 'shift-pixels',
				prompt: `An image is ${w} pixels wide and width_shift_range=${range}. At most how many pixels can a training image move sideways?`,
				explanation: `The shift is drawn from −${range} to +${range} of the width: ${range} × ${w} = ${answer} pixels.`,
				answer,
				tolerance: 0.01,
				unit: 'pixels'
			};
		}
	},
	{
		id: 'which-data',
		make: () => ({
			kind: 'single',
			id: 'which-data',
			prompt: 'Which images should data augmentation change?',
			explanation:
				'Only the training images. Validation and test images measure the model on photos as the camera takes them; changing them would measure something else.',
			choices: [
				{ text: 'Training images only', correct: true },
				{ text: 'Training and validation images', correct: false },
				{ text: 'All images, including the test set', correct: false }
			]
		})
	},
	{
		id: 'safe-transforms',
		make: () => ({
			kind: 'multiple',
			id: 'safe-transforms',
			prompt:
				'Top-view photos of round castings, taken by a fixed camera. Which augmentations keep the images realistic and the labels true?',
			explanation:
				'A round part looks right mirrored and at any angle, and small shifts match how parts land on the conveyor. A 60° shear turns the part into an oval no camera would produce; cropping away half the part can remove the defect and make the label wrong.',
			choices: [
				{ text: 'Horizontal and vertical flips', correct: true },
				{ text: 'Rotations of any angle', correct: true },
				{ text: 'Small shifts (5% of the width)', correct: true },
				{ text: 'Shears up to 60°', correct: false },
				{ text: 'Random crops that keep only half the part', correct: false }
			]
		})
	},
	{
		id: 'cure',
		make: () => ({
			kind: 'multiple',
			id: 'cure',
			prompt: 'Validation loss rises while training loss keeps falling. Which of these help?',
			explanation:
				'That is overfitting. Augmentation, dropout and early stopping all fight it; a bigger model with more parameters makes memorising easier.',
			choices: [
				{ text: 'Data augmentation', correct: true },
				{ text: 'Dropout', correct: true },
				{ text: 'Early stopping', correct: true },
				{ text: 'A much bigger dense layer', correct: false }
			]
		})
	}
];
