import type { QuestionSource } from '$lib/quiz';
import { analyse } from '$lib/math/architecture';
import { metricsFrom } from '$lib/math/metrics';
import { atPrevalence } from '$lib/math/prevalence';
import { pick, randInt, rng } from '$lib/math/rng';
import { getLocale } from '$lib/i18n';
import { formatNumber } from '$lib/i18n/number';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

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
				prompt: q('conv.prompt', { filters, k, cin }),
				explanation: q('conv.explain', { k, cin, filters, answer }),
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
				prompt: q('recall.prompt', { tp, tn }),
				explanation: q('recall.explain', { tp, fn, answer }),
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
			const outcomes = (['fn', 'fp', 'tn', 'tp'] as const).map((o) => ({
				name: q(`outcome.${o}.name`),
				text: q(`outcome.${o}.text`),
				phrase: q(`outcome.${o}.phrase`),
				why: q(`outcome.${o}.why`)
			}));
			const asked = pick(rng(seed + 11), outcomes);
			return {
				kind: 'single',
				id: 'positive-class',
				prompt: q('outcome.prompt', { name: asked.name }),
				explanation: q('outcome.explain', { name: asked.name, phrase: asked.phrase, why: asked.why }),
				choices: outcomes.map((o) => ({
					text: o.text,
					correct: o === asked,
					why: o === asked ? undefined : q('outcome.other', { name: o.name, why: o.why })
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
				{ text: 0, lower: true },
				{ text: 1, lower: false },
				{ text: 2, lower: true },
				{ text: 3, lower: false }
			] as const;
			const c = pick(rng(seed + 13), cases);
			return {
				kind: 'single',
				id: 'threshold',
				prompt: q('threshold.prompt', { case: q(`threshold.case.${c.text}`) }),
				explanation: q(c.lower ? 'threshold.lower.explain' : 'threshold.raise.explain'),
				choices: [
					{
						text: q('threshold.lower'),
						correct: c.lower,
						why: c.lower ? undefined : q('threshold.lower.why')
					},
					{
						text: q('threshold.raise'),
						correct: !c.lower,
						why: c.lower ? q('threshold.raise.why') : undefined
					},
					{
						text: q('threshold.keep'),
						correct: false,
						why: q('threshold.keep.why')
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
				{ job: 0, split: 'validation' },
				{ job: 1, split: 'validation' },
				{ job: 2, split: 'test' },
				{ job: 3, split: 'test' },
				{ job: 4, split: 'training' },
				{ job: 5, split: 'training' }
			] as const;
			const j = pick(rng(seed + 17), jobs);
			const why = (split: (typeof jobs)[number]['split']) => q(`workflow.${split}.why`);
			return {
				kind: 'single',
				id: 'workflow',
				prompt: q('workflow.prompt', { job: q(`workflow.job.${j.job}`) }),
				explanation: q('workflow.explain', { images: q(`workflow.${j.split}`), why: why(j.split) }),
				choices: (['validation', 'test', 'training'] as const).map((split) => ({
					text: q(`workflow.${split}`),
					correct: split === j.split,
					why: split === j.split ? undefined : q('workflow.no', { why: why(split) })
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
				prompt: q('line.prompt', { recall, spec, percent: Math.round(rate * 100) }),
				explanation: q('line.explain', {
					defective: def,
					caught,
					recall,
					alarms,
					ok: formatNumber(10000 - def, getLocale()),
					spec,
					share: Math.round((1 - spec) * 100) / 100,
					answer
				}),
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
			const accuracy = pick(r, [99.2, 99.5, 99.7]);
			const sc = pick(r, [0, 1, 2] as const);
			const vars = { copies, accuracy, photos: formatNumber(copies * 150, getLocale()) };
			return {
				kind: 'single',
				id: 'leak',
				prompt: q(`leak.prompt.${sc}`, vars),
				explanation: q('leak.explain'),
				choices: [
					{ text: q(`leak.right.${sc}`), correct: true },
					...([0, 1] as const).map((w) => ({
						text: q(`leak.wrong.${sc}.${w}`),
						correct: false,
						why: q(`leak.wrong.${sc}.${w}.why`)
					}))
				],
				section: 'what-the-published-accuracies-hide'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
