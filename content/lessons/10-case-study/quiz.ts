import type { QuestionSource } from '$lib/quiz';
import { analyse } from '$lib/math/architecture';
import { metricsFrom } from '$lib/math/metrics';
import { atPrevalence } from '$lib/math/prevalence';
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
	},
	{
		id: 'line-precision',
		make(seed) {
			const r = rng(seed + 19);
			const recall = pick(r, [0.8, 0.85, 0.9, 0.95]);
			const spec = pick(r, [0.9, 0.95, 0.98, 0.99]);
			const rate = pick(r, [0.01, 0.02, 0.05]);
			const p = atPrevalence(recall, spec, rate);
			// per 10,000 parts every count is whole for these recalls, specificities and rates
			const [caught, alarms] = [p.truePerThousand, p.falseAlarmsPerThousand].map((c) => Math.round(10 * c));
			const def = Math.round(10000 * rate);
			const answer = Math.round(p.precision! * 100) / 100;
			return {
				kind: 'numeric',
				id: 'line-precision',
				prompt: `On the test set your model has recall ${recall} and specificity ${spec}. On the production line ${Math.round(rate * 100)}% of the parts are defective. What is its precision there (2 decimals)?`,
				explanation: `Of 10,000 parts, ${def} are defective: the model catches ${caught} of them (recall ${recall}) and flags ${alarms} of the ${(10000 - def).toLocaleString('en-US')} OK parts (a share 1 − ${spec} = ${Math.round((1 - spec) * 100) / 100} of them). Precision = ${caught} / (${caught} + ${alarms}) ≈ ${answer}.`,
				answer,
				tolerance: 0.01,
				section: 'defects-are-rare-on-a-real-line'
			};
		}
	},
	{
		id: 'leak',
		make(seed) {
			const r = rng(seed + 23);
			const copies = randInt(r, 4, 8);
			const acc = pick(r, ['99.2', '99.5', '99.7']);
			const scenarios = [
				{
					prompt: `A data set was made by turning each photographed part into ${copies} rotated copies, then splitting the images at random into train and test. A model scores ${acc}% on that test set. What does the figure tell you about new parts?`,
					right: 'Too little: twins of test parts were in training',
					wrong: [
						['Much: a rotated copy is as good as a new part', 'A copy shows the same part: the model may remember it rather than judge it.'],
						['Too little: rotated images are harder to classify', 'Rotation is not the problem; seeing the same part on both sides is.']
					]
				},
				{
					prompt: `You have ${(copies * 150).toLocaleString('en-US')} photos of parts and will make ${copies} turned copies of each. When do you split off the test set so that its accuracy is honest?`,
					right: 'Before making the copies, so each part is on one side',
					wrong: [
						['After making the copies, at random, to use them all', 'Then copies of one part land on both sides: the test is no longer unseen.'],
						['After training, choosing the photos the model got right', 'That chooses the test by its result: the accuracy means nothing.']
					]
				},
				{
					prompt: `A colleague augments all photos ${copies}-fold, splits them 80/20 and reports ${acc}% test accuracy, but the model does worse on parts from the line. What went wrong?`,
					right: 'Copies of the test parts were also in the training set',
					wrong: [
						['The model needed more epochs to reach the same accuracy', 'More epochs would not help: the test figure itself was inflated.'],
						['Augmentation makes every model worse on real photos', 'Augmenting the training side alone is fine; the split order was the problem.']
					]
				}
			];
			const sc = pick(r, scenarios);
			return {
				kind: 'single',
				id: 'leak',
				prompt: sc.prompt,
				explanation:
					'Augmenting before the split puts turned copies of one part on both sides, so the model is tested on parts it has already seen and the test accuracy is optimistic. Split by part first, then augment only the training side.',
				choices: [
					{ text: sc.right, correct: true },
					...sc.wrong.map(([text, why]) => ({ text, correct: false, why }))
				],
				section: 'what-the-published-accuracies-hide'
			};
		}
	}
];
