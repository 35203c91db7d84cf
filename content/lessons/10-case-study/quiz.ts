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
		make(seed) {
			// Defective is the positive class: each outcome of the confusion matrix, asked by its name.
			const outcomes = [
				{ name: 'a false negative', text: 'A defective part predicted OK', why: 'a missed defect that ships to a customer' },
				{ name: 'a false positive', text: 'An OK part predicted defective', why: 'a false alarm: a good part sent for re-inspection' },
				{ name: 'a true negative', text: 'An OK part predicted OK', why: 'a good part cleared, as it should be' },
				{ name: 'a true positive', text: 'A defective part predicted defective', why: 'a defect caught' }
			] as const;
			const asked = pick(rng(seed + 11), outcomes);
			return {
				kind: 'single',
				id: 'positive-class',
				prompt: `In the casting lab, with defective as the positive class, which outcome is ${asked.name}?`,
				explanation: `Defective is the positive class, so ${asked.name} is ${asked.text.toLowerCase()}: ${asked.why}.`,
				choices: outcomes.map((o) => ({
					text: o.text,
					correct: o === asked,
					why: o === asked ? undefined : `That is ${o.name}: ${o.why}.`
				})),
				section: 'evaluate'
			};
		}
	},
	{
		id: 'threshold',
		make(seed) {
			// Which mistake costs more decides the direction; the scenario says which.
			const cases = [
				{ text: 'A missed defect can make a pump fail in the field; re-inspecting a good part takes a minute.', lower: true },
				{ text: 'Every flagged part is scrapped unseen, and the defects this line gets are only cosmetic.', lower: false },
				{ text: 'A customer rejects a whole order for one defective impeller; a second look at a part is cheap.', lower: true },
				{ text: 'Re-inspection needs an X-ray that takes an hour per part, and a missed defect is caught later at assembly.', lower: false }
			];
			const c = pick(rng(seed + 13), cases);
			return {
				kind: 'single',
				id: 'threshold',
				prompt: `${c.text} Which way should the threshold move from 0.5?`,
				explanation: c.lower
					? 'Lower it: more parts are flagged as defective, so recall goes up (fewer missed defects) at the price of more false alarms, which are the cheap mistake here.'
					: 'Raise it: fewer parts are flagged, so there are fewer costly false alarms, at the price of more missed defects, which are the cheap mistake here.',
				choices: [
					{
						text: 'Lower it, e.g. to 0.2',
						correct: c.lower,
						why: c.lower ? undefined : 'A lower threshold flags more parts: more of the costly false alarms.'
					},
					{
						text: 'Raise it, e.g. to 0.8',
						correct: !c.lower,
						why: c.lower ? 'A higher threshold flags fewer parts: more of the costly missed defects.' : undefined
					},
					{
						text: 'Keep 0.5 and retrain',
						correct: false,
						why: 'Retraining does not change which mistake the threshold favours; only the threshold does.'
					}
				],
				section: 'evaluate'
			};
		}
	},
	{
		id: 'workflow',
		make(seed) {
			// Each job in the workflow belongs to one split of the data.
			const jobs = [
				{ job: 'decide when to stop training early', split: 'validation' },
				{ job: 'keep the best epoch’s weights', split: 'validation' },
				{ job: 'give the final, unbiased verdict', split: 'test' },
				{ job: 'report the accuracy it shows after training', split: 'test' },
				{ job: 'get random flips and turns each epoch', split: 'training' },
				{ job: 'compute the gradient steps from', split: 'training' }
			] as const;
			const j = pick(rng(seed + 17), jobs);
			const why = {
				validation: 'the validation images are held out from training and used for decisions while training',
				test: 'the test images are used once, at the end; any decision made with them makes their accuracy optimistic',
				training: 'the gradient steps are computed on the training images, and only they are augmented; validation and test measure photos as the camera takes them'
			};
			return {
				kind: 'single',
				id: 'workflow',
				prompt: `Which images does the lab use to ${j.job}?`,
				explanation: `The ${j.split} images: ${why[j.split]}.`,
				choices: (['validation', 'test', 'training'] as const).map((split) => ({
					text: `The ${split} images`,
					correct: split === j.split,
					why: split === j.split ? undefined : `No: ${why[split]}.`
				})),
				section: { validation: 'fit', test: 'evaluate', training: 'step-2-augmentation' }[j.split]
			};
		}
	}
];
