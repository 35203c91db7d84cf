// Quiz for lesson 1. What each environment has comes from the environments widget's data, so the
// quiz and the widget can never disagree. Every choice question is shuffled by the quiz itself.
import type { QuestionSource } from '$lib/quiz';
import { rng, pick } from '$lib/math/rng';
import { ENVIRONMENTS, PYTHON_VERSION } from '$lib/widgets/environments/data';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);

const PROJECT_ENVS = ['venv_1', 'venv_2', 'venv_3'] as const;
/** Project names for the variants: the idea is the same whatever the environment is called. */
const NAMES = ['castings', 'pump-parts', 'crack-finder', 'inspect-2026', 'thesis', 'line-3'];
/** Packages that do not bring a kernel: distractors as long as the right command. */
const NO_KERNEL = ['numpy pandas', 'matplotlib', 'tensorflow', 'scikit-learn', 'opencv pillow'];

const command = (name: string, packages: readonly string[]) =>
	['conda create -n', name, ...packages].join(' ');

const REASONS = ['Isolation', 'Reproducibility', 'Deployability'] as const;
type Reason = (typeof REASONS)[number];

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

export const quiz: QuestionSource[] = [
	{
		id: 'what-it-has',
		make(seed) {
			const r = rng(seed);
			const env = ENVIRONMENTS[pick(r, PROJECT_ENVS)];
			const name = pick(r, NAMES);
			const has = env.has;
			const none = !has.python && !has.pip && !has.kernel;
			const listed = env.packages.length > 0 ? env.packages.join(q('packages.and')) : q('packages.none');
			return {
				kind: 'multiple',
				id: 'what-it-has',
				prompt: q('what-it-has.prompt', { command: command(name, env.packages) }),
				choices: [
					{ text: q('choice.python'), correct: has.python },
					{ text: q('choice.pip'), correct: has.pip },
					{ text: q('choice.kernel'), correct: has.kernel },
					{ text: q('choice.none'), correct: none }
				],
				explanation: q('what-it-has.explain', {
					listed,
					python: q(has.python ? 'python.yes' : 'python.no'),
					has: none
						? q('has.none')
						: [has.python && q('has.python'), has.pip && q('has.pip'), has.kernel && q('has.kernel')]
								.filter(Boolean)
								.join(q('has.join'))
				}),
				section: 'three-ways-to-create-an-environment'
			};
		}
	},
	{
		id: 'notebook-command',
		make(seed) {
			const r = rng(seed);
			const name = pick(r, NAMES);
			const extra = pick(r, NO_KERNEL);
			const py = `python=${PYTHON_VERSION}`;
			const right = command(name, [py, 'ipykernel']);
			return {
				kind: 'single',
				id: 'notebook-command',
				prompt: q('notebook.prompt'),
				choices: [
					{
						text: right,
						correct: true,
						why: q('notebook.why.right')
					},
					{
						text: command(name, [py]),
						correct: false,
						why: q('notebook.why.no-kernel')
					},
					{
						text: command(name, [py, ...extra.split(' ')]),
						correct: false,
						why: q('notebook.why.extra', { extra: extra.split(' ').join(q('packages.and')), n: extra.split(' ').length })
					},
					{ text: command(name, []), correct: false, why: q('notebook.why.empty') }
				],
				explanation: q('notebook.explain', { right, name }),
				section: 'three-ways-to-create-an-environment'
			};
		}
	},
	{
		id: 'why-environments',
		make(seed) {
			const r = rng(seed);
			const reason = pick(r, REASONS);
			const scenario = q(`reason.${reason}.${pick(r, [0, 1, 2] as const)}`);
			return {
				kind: 'single',
				id: 'why-environments',
				prompt: scenario,
				choices: [
					...REASONS.map((x: Reason) => ({ text: q(`reason.${x}`), correct: x === reason })),
					{ text: q('reason.speed'), correct: false, why: q('reason.speed.why') }
				],
				explanation: q('reason.explain'),
				section: 'why-environments-exist'
			};
		}
	},
	{
		id: 'base',
		make(seed) {
			const project = q(`project.${pick(rng(seed), [0, 1, 2, 3] as const)}`);
			return {
				kind: 'single',
				id: 'base',
				prompt: q('base.prompt', { project }),
				choices: [
					{
						text: q('base.new'),
						correct: true,
						why: q('base.new.why')
					},
					{
						text: q('base.base'),
						correct: false,
						why: q('base.base.why')
					},
					{
						text: q('base.export'),
						correct: false,
						why: q('base.export.why')
					}
				],
				explanation: q('base.explain'),
				section: 'the-base-environment-and-project-environments'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
