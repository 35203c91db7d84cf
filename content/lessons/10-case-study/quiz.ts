import type { QuestionSource } from '$lib/quiz';
import { analyse } from '$lib/math/architecture';
import { metricsFrom } from '$lib/math/metrics';
import { pick, randInt, rng } from '$lib/math/rng';

export const quiz: QuestionSource[] = [
	{
		id: 'conv-params',
		make(seed) {
			const r = rng(seed + 5);
			const cin = pick(r, [1, 8, 16]);
			const filters = pick(r, [8, 16, 32]);
			const k = pick(r, [3, 5]);
			// a conv layer on a cin-channel input: analyse it after a 1×1 conv that makes cin channels
			const infos = analyse(
				[
					{ type: 'conv2d', filters: cin, kernel: 1, stride: 1, padding: 'same', activation: 'linear' },
					{ type: 'conv2d', filters, kernel: k, stride: 1, padding: 'same', activation: 'relu' }
				],
				32
			);
			const answer = infos[1].params;
			return {
				kind: 'numeric',
				id: 'conv-params',
				prompt: `A Conv2D layer with ${filters} filters of size ${k}×${k} takes an input with ${cin} channel${cin > 1 ? 's' : ''}. How many parameters does it have (weights and biases)?`,
				explanation: `Each filter has ${k}·${k}·${cin} weights and one bias: (${k}·${k}·${cin} + 1)·${filters} = ${answer}.`,
				answer,
				tolerance: 0,
				section: 'define-the-architecture'
			};
		}
	},
	{
		id: 'recall',
		make(seed) {
			const r = rng(seed + 9);
			const tp = randInt(r, 400, 450),
				fn = 453 - tp,
				tn = randInt(r, 240, 260),
				fp = 262 - tn;
			const m = metricsFrom({ tp, fp, fn, tn });
			const answer = m.recall.ok ? Math.round(m.recall.value * 1000) / 1000 : 0;
			return {
				kind: 'numeric',
				id: 'recall',
				prompt: `On the 715 test photos (453 defective, 262 OK) the model finds ${tp} of the defective parts and clears ${tn} of the OK ones. What is its recall for the defective class (a fraction, 3 decimals)?`,
				explanation: `Recall = TP / (TP + FN) = ${tp} / (${tp} + ${fn}) ≈ ${answer}.`,
				answer,
				tolerance: 0.001,
				section: 'evaluate'
			};
		}
	},
	{
		id: 'positive-class',
		make: () => ({
			kind: 'single',
			id: 'positive-class',
			prompt: 'In the casting lab, which mistake is a false negative?',
			explanation:
				'Defective is the positive class, so a false negative is a defective part predicted OK: a missed defect that ships to a customer.',
			choices: [
				{ text: 'A defective part predicted OK', correct: true },
				{ text: 'An OK part predicted defective', correct: false, why: 'That is a false positive: a false alarm.' },
				{ text: 'An OK part predicted OK', correct: false, why: 'That is a true negative: the model was right.' },
				{ text: 'A defective part predicted defective', correct: false, why: 'That is a true positive.' }
			],
			section: 'evaluate'
		})
	},
	{
		id: 'threshold',
		make: () => ({
			kind: 'single',
			id: 'threshold',
			prompt:
				'A missed defect costs far more than re-inspecting a good part. Which way should the threshold move from 0.5?',
			explanation:
				'Lower it: more parts are flagged as defective, so recall goes up (fewer missed defects) at the price of more false alarms.',
			choices: [
				{ text: 'Lower, e.g. to 0.2', correct: true },
				{
					text: 'Higher, e.g. to 0.8',
					correct: false,
					why: 'A higher threshold flags fewer parts: more defects are missed.'
				},
				{
					text: 'Keep 0.5, then retrain',
					correct: false,
					why: 'Retraining does not change which mistake the threshold favours.'
				}
			],
			section: 'evaluate'
		})
	},
	{
		id: 'workflow',
		make: () => ({
			kind: 'single',
			id: 'workflow',
			prompt: 'Which images does the lab use to decide when to stop early?',
			explanation:
				'Early stopping watches the validation loss. The test set is kept for the final verdict only; using it to make decisions would make the test accuracy optimistic.',
			choices: [
				{ text: 'The validation images', correct: true },
				{
					text: 'The test images',
					correct: false,
					why: 'The test set is kept for the final verdict; deciding with it makes the test accuracy optimistic.'
				},
				{
					text: 'The augmented training images',
					correct: false,
					why: 'Training loss keeps falling while the model overfits, so it cannot tell when to stop.'
				}
			],
			section: 'fit'
		})
	}
];
