// Quiz for the classification-metrics lesson. Every answer is computed by src/lib/math/metrics.
import type { QuestionSource } from '$lib/quiz';
import { randInt, rng, shuffle } from '$lib/math/rng';
import { fmt } from '$lib/ui/format';
import { confusionFromScores, metricsFrom, rocAuc } from '$lib/math/metrics';
import { generateScores, SCORE_SETS } from '$lib/math/scores';

const value = (m: { ok: true; value: number } | { ok: false }) => (m.ok ? m.value : NaN);

export const quiz: QuestionSource[] = [
	{
		id: 'recall-precision',
		make(seed) {
			const r = rng(seed + 501);
			const c = { tp: randInt(r, 20, 90), fp: randInt(r, 5, 60), fn: randInt(r, 5, 60), tn: randInt(r, 50, 200) };
			const m = metricsFrom(c);
			const answer = value(m.recall);
			return {
				kind: 'numeric',
				id: 'recall-precision',
				answer,
				tolerance: 0.005,
				prompt: `An inspection model gives TP = ${c.tp}, FP = ${c.fp}, FN = ${c.fn}, TN = ${c.tn}. What is its recall? (a fraction, e.g. 0.75)`,
				explanation: `Recall = TP / (TP + FN) = ${c.tp} / (${c.tp} + ${c.fn}) ≈ ${fmt(answer)}. (Precision would divide by TP + FP = ${c.tp + c.fp} instead: ≈ ${fmt(value(m.precision))}.)`,
				section: 'accuracy-precision-recall-specificity-and-f1'
			};
		}
	},
	{
		id: 'lazy-model',
		make(seed) {
			const r = rng(seed + 502);
			const total = 100 * randInt(r, 2, 10);
			const sick = randInt(r, 1, Math.floor(total / 40));
			const m = metricsFrom({ tp: 0, fp: 0, fn: sick, tn: total - sick });
			const answer = value(m.accuracy);
			return {
				kind: 'numeric',
				id: 'lazy-model',
				answer,
				tolerance: 0.0005,
				prompt: `Of ${total} castings, ${sick} are defective. A "model" calls every part OK. What is its accuracy? (a fraction)`,
				explanation: `It gets all ${total - sick} OK parts right and every defective one wrong: accuracy = ${total - sick} / ${total} = ${fmt(answer, 4)}, yet its recall is 0 and its precision is undefined (it flags nothing). Accuracy mostly measures how rare the defects are.`,
				section: 'when-accuracy-does-not-matter'
			};
		}
	},
	{
		id: 'which-metric',
		make: (seed) => ({
			kind: 'single',
			id: 'which-metric',
			prompt:
				'A spam filter (positive = spam) moves a real job offer into the spam folder. Which kind of error is that, and which metric should the filter favour to avoid it?',
			explanation:
				'The message was predicted positive (spam) but is really negative: a false positive. Precision, TP / (TP + FP), falls with every false positive, so a filter that must not hide real mail favours precision.',
			section: 'which-mistake-costs-more',
			choices: shuffle(rng(seed + 503), [
				{ text: 'A false positive; favour precision', correct: true },
				{ text: 'A false negative; favour recall', correct: false, why: 'A false negative would be spam left in the inbox.' },
				{ text: 'A false positive; favour recall', correct: false, why: 'Recall does not count false positives at all: TP / (TP + FN).' },
				{ text: 'A true negative; favour accuracy', correct: false, why: 'The filter was wrong, so it is not a true anything.' }
			])
		})
	},
	{
		id: 'threshold-down',
		make: (seed) => ({
			kind: 'single',
			id: 'threshold-down',
			prompt: 'You lower the threshold of a defect classifier from 0.6 to 0.4. What happens to recall?',
			explanation:
				'Every part flagged at 0.6 is still flagged at 0.4 (its score is ≥ 0.4 too), so TP can only grow while TP + FN, the number of defective parts, stays the same. Recall never falls as the threshold falls; precision usually does.',
			section: 'the-threshold',
			choices: shuffle(rng(seed + 504), [
				{ text: 'It rises or stays the same; it can never fall', correct: true },
				{ text: 'It always falls', correct: false, why: 'Lowering the threshold flags more parts, never fewer.' },
				{ text: 'It can go either way', correct: false, why: 'That is true of precision, not of recall.' }
			])
		})
	},
	{
		id: 'auc-ties',
		make(seed) {
			const r = rng(seed + 505);
			const pick = () => randInt(r, 1, 9) / 10;
			const scores = [pick(), pick(), pick(), pick(), pick()];
			scores[2] = scores[1]; // always one tie between a defective and an OK part
			const labels = [1, 1, 0, 0, 0];
			const auc = rocAuc(scores, labels);
			const answer = auc.ok ? auc.value : NaN;
			return {
				kind: 'numeric',
				id: 'auc-ties',
				answer,
				tolerance: 0.005,
				prompt: `Two defective parts score ${scores[0]} and ${scores[1]}; three OK parts score ${scores[2]}, ${scores[3]} and ${scores[4]}. What is the ROC-AUC? (count a tie as half)`,
				explanation: `Compare each of the 2 × 3 = 6 (defective, OK) pairs: a pair counts 1 when the defective part scores higher, ½ on a tie, 0 otherwise. The total over 6 is ${fmt(answer, 4)}.`,
				section: 'roc-and-precision-recall-curves'
			};
		}
	},
	{
		// A task done in the threshold widget: its recall readout is checked.
		id: 'reach-recall',
		make(seed) {
			const r = rng(seed);
			const set = generateScores(SCORE_SETS.castings);
			const recallAt = (t: number) => value(metricsFrom(confusionFromScores(set.scores, set.labels, t)).recall);
			const start = 0.8;
			const want = [0.85, 0.9, 0.95][randInt(r, 0, 2)];
			// The highest threshold that reaches the target: found from the data, not typed in.
			const highest = [...new Set(set.scores)].sort((a, b) => b - a).find((t) => recallAt(t) >= want)!;
			return {
				kind: 'widget',
				id: 'reach-recall',
				widget: 'threshold',
				params: `set=castings&threshold=${start}`,
				prompt: `At threshold ${start} the model catches only ${fmt(recallAt(start) * 100)}% of the defective parts. Move the threshold until recall is at least ${want}.`,
				checks: [{ readout: 'recall', label: 'Recall', min: want }],
				explanation: `Lowering the threshold flags more parts, so recall rises. The highest threshold with recall ≥ ${want} here is ${highest}; any lower threshold works too, at the price of more false alarms (lower precision).`,
				section: 'the-threshold'
			};
		}
	}
];
