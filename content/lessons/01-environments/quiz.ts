// Quiz for lesson 1. What each environment has comes from the environments widget's data,
// so the quiz and the widget can never disagree.
import type { QuestionSource } from '$lib/quiz';
import { shuffleChoices } from '$lib/quiz/choices';
import { rng, pick } from '$lib/math/rng';
import { ENVIRONMENTS } from '$lib/widgets/environments/data';

const PROJECT_ENVS = ['venv_1', 'venv_2', 'venv_3'] as const;

const REASONS = [
	{
		reason: 'Isolation',
		scenario:
			'Upgrading TensorFlow for a new project makes last year’s project fail. Which reason for environments does this show?'
	},
	{
		reason: 'Reproducibility',
		scenario:
			'A colleague must run your notebook on exactly the package versions you used. Which reason for environments does this show?'
	},
	{
		reason: 'Deployability',
		scenario:
			'The defect model has to be installed on a computer beside the production line. Which reason for environments does this show?'
	}
] as const;

export const quiz: QuestionSource[] = [
	{
		id: 'what-it-has',
		make(seed) {
			const env = ENVIRONMENTS[pick(rng(seed), PROJECT_ENVS)];
			const choices = [
				{ text: 'pip, to install packages', correct: env.has.pip },
				{ text: 'a Jupyter kernel (ipykernel)', correct: env.has.kernel },
				{ text: 'neither pip nor a Jupyter kernel', correct: !env.has.pip && !env.has.kernel }
			];
			const listed = env.command.split(' ').slice(3).join(' ') || 'no packages';
			return {
				kind: 'multiple',
				id: 'what-it-has',
				prompt: `You run \`${env.command}\`. What does the new environment have of its own?`,
				choices,
				explanation: `The packages after the name decide it (here: ${listed}). Python brings pip with it; only the ipykernel package makes a Jupyter kernel. So ${env.id} has ${
					env.has.pip ? 'pip' : 'no pip'
				} and ${env.has.kernel ? 'a kernel' : 'no kernel'}.`,
				section: 'three-ways-to-create-an-environment'
			};
		}
	},
	{
		id: 'notebook-command',
		make(seed) {
			const choices = PROJECT_ENVS.map((id) => ({
				text: ENVIRONMENTS[id].command,
				correct: ENVIRONMENTS[id].has.kernel,
				why: ENVIRONMENTS[id].has.kernel
					? 'Python brings pip, and ipykernel registers the environment as a kernel Jupyter can use.'
					: `Without ipykernel, Jupyter cannot run code in ${id}.`
			}));
			return {
				kind: 'single',
				id: 'notebook-command',
				prompt: 'Which command makes an environment that a Jupyter notebook can use as its kernel?',
				choices: shuffleChoices(seed, choices),
				explanation: 'A notebook runs its code through a kernel, which needs the ipykernel package in the environment.',
				section: 'three-ways-to-create-an-environment'
			};
		}
	},
	{
		id: 'why-environments',
		make(seed) {
			const r = REASONS[seed % REASONS.length];
			const choices = REASONS.map((x) => ({ text: x.reason, correct: x.reason === r.reason }));
			choices.push({ text: 'Speed: code runs faster inside an environment', correct: false });
			return {
				kind: 'single',
				id: 'why-environments',
				prompt: r.scenario,
				choices: shuffleChoices(seed, choices),
				explanation:
					'Isolation keeps one project’s versions from breaking another; reproducibility lets others rebuild the same set-up; deployability tells a server exactly what to install. Environments do not make code faster.',
				section: 'why-environments-exist'
			};
		}
	},
	{
		id: 'base',
		make: (seed) => ({
			kind: 'single',
			id: 'base',
			prompt: 'Where should you install the packages for a new project?',
			choices: shuffleChoices(seed, [
				{
					text: 'Into a new environment made for the project',
					correct: true,
					why: 'Each project keeps its own versions, and base stays clean for conda.'
				},
				{
					text: 'Into base, so every project can use them',
					correct: false,
					why: 'Base is shared by everything: conflicts pile up there, and a broken base can break conda itself.'
				}
			]),
			explanation: 'Keep base for conda and create a project environment for each project.',
			section: 'the-base-environment-and-project-environments'
		})
	}
];
