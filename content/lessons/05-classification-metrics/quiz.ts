// Quiz for the classification-metrics lesson. Every answer is computed by src/lib/math/metrics.
import type { QuestionSource } from '$lib/quiz';
import { pick, randInt, rng } from '$lib/math/rng';
import { formatDecimals as fmt } from '$lib/format';
import { confusionFromScores, metricsFrom, rocAuc, type Confusion, type MetricName } from '$lib/math/metrics';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { atPrevalence } from '$lib/math/prevalence';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

const value = (m: { ok: true; value: number } | { ok: false }) => (m.ok ? m.value : NaN);

/** A confusion matrix with every cell large enough that each metric is defined and not 0 or 1. */
function counts(r: () => number): Confusion {
	return { tp: randInt(r, 20, 90), fp: randInt(r, 5, 60), fn: randInt(r, 5, 60), tn: randInt(r, 50, 200) };
}

/** The formula of a metric, filled in with the counts (the same fractions the lesson writes). */
function worked(name: MetricName, c: Confusion): string {
	const { tp, fp, fn, tn } = c;
	switch (name) {
		case 'recall':
			return q('worked.recall', { tp, fn, sum: tp + fn });
		case 'precision':
			return q('worked.precision', { tp, fp, sum: tp + fp });
		case 'specificity':
			return q('worked.specificity', { tn, fp, sum: tn + fp });
		case 'f1':
			return q('worked.f1', { tp2: 2 * tp, fp, fn, sum: 2 * tp + fp + fn });
		case 'accuracy':
			return q('worked.accuracy', { right: tp + tn, sum: tp + fp + fn + tn });
	}
}

/** A numeric question on one of `names`, drawn per seed. */
function metricQuestion(
	id: string,
	salt: number,
	names: readonly MetricName[],
	hint: 'hint.recall-precision' | 'hint.specificity-f1'
): QuestionSource {
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
				prompt: q('metric.prompt', { tp: c.tp, fp: c.fp, fn: c.fn, tn: c.tn, name: q(`name.${name}`) }),
				explanation: q('metric.explain', { worked: worked(name, c), answer: fmt(answer), hint: q(hint) }),
				section: 'accuracy-precision-recall-specificity-and-f1'
			};
		}
	};
}

/**
 * Scenarios for "which mistake, which metric": the catalogue key of the case (its text, and
 * `.why` for what went wrong) and the kind of error, the answer.
 */
const MISTAKES = [
	{ key: 'mistake.spam', error: 'fp' },
	{ key: 'mistake.fraud', error: 'fp' },
	{ key: 'mistake.cancer', error: 'fn' },
	{ key: 'mistake.casting', error: 'fn' },
	{ key: 'mistake.smoke', error: 'fn' }
] as const;

const STEP = ['up', 'down', 'either'] as const;

/** What the threshold question asks about (its words: `asked.<key>`). */
const ASKED = ['recall', 'tp', 'fp', 'precision'] as const;

export const quiz: QuestionSource[] = [
	metricQuestion(
		'recall-precision',
		501,
		['recall', 'precision'],
		'hint.recall-precision'
	),
	metricQuestion(
		'specificity-f1',
		511,
		['specificity', 'f1'],
		'hint.specificity-f1'
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
				prompt: q('lazy.prompt', { total, sick }),
				explanation: q('lazy.explain', {
					ok: total - sick,
					total,
					sign: Math.round(answer * 1e4) / 1e4 === answer ? '=' : '≈',
					answer: fmt(answer, 4)
				}),
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
				prompt: q('which.prompt', { text: q(sc.key) }),
				explanation: q(fp ? 'which.explain.fp' : 'which.explain.fn', { why: q(`${sc.key}.why`) }),
				section: 'which-mistake-costs-more',
				choices: [
					{ text: q('which.fp-precision'), correct: fp },
					{ text: q('which.fn-recall'), correct: !fp },
					{ text: q('which.fp-recall'), correct: false, why: q('which.fp-recall.why') },
					{ text: q('which.fn-precision'), correct: false, why: q('which.fn-precision.why') }
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
			const asked = pick(r, ASKED);
			const answer: (typeof STEP)[number] = asked === 'precision' ? 'either' : lower ? 'up' : 'down';
			return {
				kind: 'single',
				id: 'threshold-down',
				prompt: q(lower ? 'threshold.prompt.lower' : 'threshold.prompt.raise', {
					from,
					to,
					asked: q(`asked.${asked}`)
				}),
				explanation:
					asked === 'precision'
						? q('threshold.explain.precision')
						: q(lower ? 'threshold.explain.lower' : 'threshold.explain.raise', {
								high: Math.max(from, to),
								low: Math.min(from, to)
							}),
				section: 'the-threshold',
				choices: STEP.map((k) => ({ text: q(`step.${k}`), correct: k === answer }))
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
				prompt: q('auc.prompt', { d1: scores[0], d2: scores[1], o1: scores[2], o2: scores[3], o3: scores[4] }),
				explanation: q('auc.explain', {
					pairs: pairs.map(([d, o], i) => q('auc.pair', { d, o, points: points[i] })).join(q('auc.pairs.join')),
					total,
					answer: fmt(answer, 4)
				}),
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
				prompt: q('reach.prompt', { start, pct: fmt(recallAt(start) * 100), want }),
				checks: [{ readout: 'recall', label: q('reach.label'), min: want }],
				explanation: q('reach.explain', { want, highest }),
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
				prompt: q('prevalence.prompt', { recall, specificity, pct }),
				explanation: q('prevalence.explain', {
					defective: fmt(1000 * p),
					caught: fmt(caught),
					ok: fmt(1000 * (1 - p)),
					alarms: fmt(alarms),
					answer: fmt(answer)
				}),
				section: 'precision-depends-on-the-defect-rate'
			};
		}
	}
];

for (const source of quiz) source.locales = languages;
