// Quiz for the classification-metrics lesson. Every answer is computed by src/lib/math/metrics.
import type { QuestionSource } from '$lib/quiz';
import { pick, randInt, rng } from '$lib/math/rng';
import { formatDecimals as fmt } from '$lib/format';
import { confusionFromScores, metricsFrom, rocAuc, type Confusion, type MetricName } from '$lib/math/metrics';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { atPrevalence } from '$lib/math/prevalence';

const value = (m: { ok: true; value: number } | { ok: false }) => (m.ok ? m.value : NaN);

/** A confusion matrix with every cell large enough that each metric is defined and not 0 or 1. */
function counts(r: () => number): Confusion {
	return { tp: randInt(r, 20, 90), fp: randInt(r, 5, 60), fn: randInt(r, 5, 60), tn: randInt(r, 50, 200) };
}

/** The formula of a metric, filled in with the counts (the same fractions the lesson writes). */
function worked(name: MetricName, c: Confusion): string {
	switch (name) {
		case 'recall':
			return `Recall = TP / (TP + FN) = ${c.tp} / (${c.tp} + ${c.fn}) = ${c.tp} / ${c.tp + c.fn}`;
		case 'precision':
			return `Precision = TP / (TP + FP) = ${c.tp} / (${c.tp} + ${c.fp}) = ${c.tp} / ${c.tp + c.fp}`;
		case 'specificity':
			return `Specificity = TN / (TN + FP) = ${c.tn} / (${c.tn} + ${c.fp}) = ${c.tn} / ${c.tn + c.fp}`;
		case 'f1':
			return `F1 = 2TP / (2TP + FP + FN) = ${2 * c.tp} / (${2 * c.tp} + ${c.fp} + ${c.fn}) = ${2 * c.tp} / ${2 * c.tp + c.fp + c.fn}`;
		case 'accuracy':
			return `Accuracy = (TP + TN) / total = ${c.tp + c.tn} / ${c.tp + c.fp + c.fn + c.tn}`;
	}
}

const NAME: Record<MetricName, string> = {
	accuracy: 'accuracy',
	precision: 'precision',
	recall: 'recall',
	specificity: 'specificity',
	f1: 'F1 score'
};

/** A numeric question on one of `names`, drawn per seed. */
function metricQuestion(id: string, salt: number, names: readonly MetricName[], hint: string): QuestionSource {
	return {
		id,
		make(seed) {
			const r = rng(seed + salt);
			const name = pick(r, names);
			const c = counts(r);
			const m = metricsFrom(c);
			const answer = value(m[name]);
			return {
				kind: 'numeric',
				id,
				answer,
				tolerance: 0.005,
				prompt: `An inspection model gives TP = ${c.tp}, FP = ${c.fp}, FN = ${c.fn}, TN = ${c.tn}. What is its ${NAME[name]}? (a fraction, e.g. 0.75)`,
				explanation: `${worked(name, c)} ≈ ${fmt(answer)}. ${hint}`,
				section: 'accuracy-precision-recall-specificity-and-f1'
			};
		}
	};
}

/** Scenarios for "which mistake, which metric": the positive class, what went wrong, the answer. */
const MISTAKES = [
	{
		text: 'A spam filter (positive = spam) moves a real job offer into the spam folder.',
		error: 'fp',
		why: 'The message was predicted positive (spam) but is really negative.'
	},
	{
		text: 'A fraud alarm (positive = fraud) blocks the genuine card payment of a customer abroad.',
		error: 'fp',
		why: 'The payment was predicted positive (fraud) but is really genuine.'
	},
	{
		text: 'A cancer screening test (positive = cancer) says “healthy” to a patient who has a tumour.',
		error: 'fn',
		why: 'The patient was predicted negative but really is positive.'
	},
	{
		text: 'The casting inspection (positive = defective) passes a part with a crack, which is shipped.',
		error: 'fn',
		why: 'The part was predicted negative (OK) but really is defective.'
	},
	{
		text: 'A smoke detector (positive = fire) stays silent while a fire starts.',
		error: 'fn',
		why: 'It predicted negative (no fire) while the truth was positive.'
	}
] as const;

const STEP = {
	up: 'It rises or stays the same; it can never fall',
	down: 'It falls or stays the same; it can never rise',
	either: 'It can go either way'
} as const;

export const quiz: QuestionSource[] = [
	metricQuestion(
		'recall-precision',
		501,
		['recall', 'precision'],
		'Recall divides TP by the actual positives (a row), precision by the predicted positives (a column).'
	),
	metricQuestion(
		'specificity-f1',
		511,
		['specificity', 'f1'],
		'Specificity is recall for the OK class; F1 needs both precision and recall to be high.'
	),
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
				prompt: `Of ${total} castings, ${sick} ${sick === 1 ? 'is' : 'are'} defective. A "model" calls every part OK. What is its accuracy? (a fraction)`,
				explanation: `It gets all ${total - sick} OK parts right and every defective one wrong: accuracy = ${total - sick} / ${total} ${Math.round(answer * 1e4) / 1e4 === answer ? '=' : '≈'} ${fmt(answer, 4)}, yet its recall is 0 and its precision is undefined (it flags nothing). Accuracy mostly measures how rare the defects are.`,
				section: 'when-accuracy-does-not-matter'
			};
		}
	},
	{
		id: 'which-metric',
		make(seed) {
			const sc = pick(rng(seed + 503), MISTAKES);
			const fp = sc.error === 'fp';
			return {
				kind: 'single',
				id: 'which-metric',
				prompt: `${sc.text} Which kind of error is that, and which metric should the system favour to avoid it?`,
				explanation: `${sc.why} That is a ${fp ? 'false positive' : 'false negative'}. ${
					fp
						? 'Precision, TP / (TP + FP), falls with every false positive, so favour precision.'
						: 'Recall, TP / (TP + FN), falls with every false negative, so favour recall.'
				}`,
				section: 'which-mistake-costs-more',
				choices: [
					{ text: 'A false positive; favour precision', correct: fp },
					{ text: 'A false negative; favour recall', correct: !fp },
					{
						text: 'A false positive; favour recall',
						correct: false,
						why: 'Recall does not count false positives at all: TP / (TP + FN).'
					},
					{
						text: 'A false negative; favour precision',
						correct: false,
						why: 'Precision does not count false negatives at all: TP / (TP + FP).'
					}
				]
			};
		}
	},
	{
		id: 'threshold-down',
		make(seed) {
			const r = rng(seed + 504);
			const lower = r() < 0.5;
			const [from, to] = lower ? [0.6, 0.4] : [0.4, 0.6];
			const asked = pick(r, ['recall', 'the number of true positives', 'the number of false alarms', 'precision']);
			const answer: keyof typeof STEP = asked === 'precision' ? 'either' : lower ? 'up' : 'down';
			return {
				kind: 'single',
				id: 'threshold-down',
				prompt: `You ${lower ? 'lower' : 'raise'} the threshold of a defect classifier from ${from} to ${to}. What happens to ${asked}?`,
				explanation:
					asked === 'precision'
						? 'Both TP and FP move in the same direction, so their ratio TP / (TP + FP) can rise or fall, depending on whether the parts that change side are defective or OK.'
						: `Every part flagged at ${Math.max(from, to)} is also flagged at ${Math.min(from, to)} (its score is ≥ both), so ${
								lower ? 'lowering' : 'raising'
							} the threshold can only ${lower ? 'add' : 'remove'} flagged parts: TP and FP each ${
								lower ? 'grow or stay' : 'shrink or stay'
							}, and so does recall = TP / (TP + FN), whose denominator does not change.`,
				section: 'the-threshold',
				choices: (Object.keys(STEP) as (keyof typeof STEP)[]).map((k) => ({
					text: STEP[k],
					correct: k === answer
				}))
			};
		}
	},
	{
		id: 'auc-ties',
		make(seed) {
			const r = rng(seed + 505);
			const draw = () => randInt(r, 1, 9) / 10;
			const scores = [draw(), draw(), draw(), draw(), draw()];
			scores[2] = scores[1]; // always one tie between a defective and an OK part
			const labels = [1, 1, 0, 0, 0];
			const auc = rocAuc(scores, labels);
			const answer = auc.ok ? auc.value : NaN;
			// The pairs written out, counted here independently of rocAuc.
			const pairs = [0, 1].flatMap((d) => [2, 3, 4].map((o) => [scores[d], scores[o]] as const));
			const points = pairs.map(([d, o]): number => (d > o ? 1 : d === o ? 0.5 : 0));
			const total = points.reduce((a, b) => a + b, 0);
			return {
				kind: 'numeric',
				id: 'auc-ties',
				answer,
				tolerance: 0.005,
				prompt: `Two defective parts score ${scores[0]} and ${scores[1]}; three OK parts score ${scores[2]}, ${scores[3]} and ${scores[4]}. What is the ROC-AUC? (count a tie as half)`,
				explanation: `Compare each of the 2 × 3 = 6 (defective, OK) pairs: a pair counts 1 when the defective part scores higher, ½ on a tie, 0 otherwise. Here: ${pairs
					.map(([d, o], i) => `${d} vs ${o}: ${points[i]}`)
					.join('; ')}. The pairs add up to ${total}, so ROC-AUC = ${total} / 6 ≈ ${fmt(answer, 4)}.`,
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
			const want = pick(r, [0.75, 0.8, 0.85, 0.9, 0.95]);
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
	},
	{
		id: 'precision-at-prevalence',
		make(seed) {
			const r = rng(seed + 520);
			const recall = randInt(r, 80, 98) / 100;
			const specificity = randInt(r, 90, 99) / 100;
			const pct = pick(r, [1, 2, 5, 10]);
			const p = pct / 100;
			const answer = atPrevalence(recall, specificity, p).precision!;
			const caught = 1000 * p * recall;
			const alarms = 1000 * (1 - p) * (1 - specificity);
			return {
				kind: 'numeric',
				id: 'precision-at-prevalence',
				answer,
				tolerance: 0.005,
				prompt: `A defect model has recall ${recall} and specificity ${specificity}. On a line where ${pct}% of parts are defective, what is its precision? (a fraction)`,
				explanation: `Per 1,000 parts: ${fmt(1000 * p)} defective, of which ${fmt(caught)} are flagged; ${fmt(1000 * (1 - p))} OK, of which ${fmt(alarms)} are flagged. Precision = ${fmt(caught)} / (${fmt(caught)} + ${fmt(alarms)}) ≈ ${fmt(answer)}. The rarer the defects, the more of the alarms are OK parts.`,
				section: 'precision-depends-on-the-defect-rate'
			};
		}
	}
];
