// Quiz for lesson 1. What each environment has comes from the environments widget's data, so the
// quiz and the widget can never disagree. Every choice question is shuffled by the quiz itself.
import type { QuestionSource } from '$lib/quiz';
import { rng, pick } from '$lib/math/rng';
import { ENVIRONMENTS, PYTHON_VERSION } from '$lib/widgets/environments/data';

const PROJECT_ENVS = ['venv_1', 'venv_2', 'venv_3'] as const;
/** Project names for the variants: the idea is the same whatever the environment is called. */
const NAMES = ['castings', 'pump-parts', 'crack-finder', 'inspect-2026', 'thesis', 'line-3'];
/** Packages that do not bring a kernel: distractors as long as the right command. */
const NO_KERNEL = ['numpy pandas', 'matplotlib', 'tensorflow', 'scikit-learn', 'opencv pillow'];

const command = (name: string, packages: readonly string[]) =>
	['conda create -n', name, ...packages].join(' ');

const REASONS = {
	Isolation: [
		'Upgrading TensorFlow for a new project makes last year’s project fail. Which reason for environments does this show?',
		'A new project needs NumPy 2, an older one only runs with NumPy 1. Which reason for environments lets both keep working?',
		'Installing a package for a course exercise silently changed a library your thesis code depends on. Which reason for environments would have prevented it?'
	],
	Reproducibility: [
		'A colleague must run your notebook on exactly the package versions you used. Which reason for environments does this show?',
		'A reviewer wants to rerun your analysis next year and get the same numbers. Which reason for environments does this show?',
		'You send environment.yml with your code so that the course tutor can rebuild your set-up. Which reason for environments does this show?'
	],
	Deployability: [
		'The defect model has to be installed on a computer beside the production line. Which reason for environments does this show?',
		'IT must know exactly which Python and packages to put on the inspection server. Which reason for environments does this show?',
		'The trained model moves from your laptop to an edge device at the conveyor. Which reason for environments does this show?'
	]
} as const;
type Reason = keyof typeof REASONS;

const PROJECTS = [
	'a crack detector with TensorFlow',
	'a report on scrap rates with pandas',
	'a first try of a new PyTorch release',
	'a project for this course’s exercises'
];

export const quiz: QuestionSource[] = [
	{
		id: 'what-it-has',
		make(seed) {
			const r = rng(seed);
			const env = ENVIRONMENTS[pick(r, PROJECT_ENVS)];
			const name = pick(r, NAMES);
			const has = env.has;
			const none = !has.python && !has.pip && !has.kernel;
			const listed = env.packages.length > 0 ? env.packages.join(' and ') : 'no packages at all';
			return {
				kind: 'multiple',
				id: 'what-it-has',
				prompt: `You run \`${command(name, env.packages)}\` and activate it. What does the new environment have of its own?`,
				choices: [
					{ text: 'its own Python interpreter', correct: has.python },
					{ text: 'pip, to install packages', correct: has.pip },
					{ text: 'ipykernel, which a Jupyter kernel needs', correct: has.kernel },
					{ text: 'none of these three', correct: none }
				],
				explanation: `The packages after the name decide it; this command lists ${listed}. ${
					has.python
						? 'Python brings pip with it'
						: 'With no python listed there is no Python of its own (python finds whatever is next on PATH), and so no pip either'
				}; only the ipykernel package gives a kernel. So it has ${
					none
						? 'none of the three'
						: [has.python && 'its own Python', has.pip && 'pip', has.kernel && 'ipykernel'].filter(Boolean).join(', ')
				}.`,
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
				prompt:
					'Which command makes an environment that a Jupyter notebook can run its code in (once the kernel is registered)?',
				choices: [
					{
						text: right,
						correct: true,
						why: 'Python brings pip, and ipykernel is what a Jupyter kernel runs on.'
					},
					{
						text: command(name, [py]),
						correct: false,
						why: 'Python and pip, but no ipykernel: Jupyter cannot run code in it.'
					},
					{
						text: command(name, [py, ...extra.split(' ')]),
						correct: false,
						why: `${extra.replace(' ', ' and ')} ${extra.includes(' ') ? 'do' : 'does'} not bring ipykernel, so there is still no kernel.`
					},
					{ text: command(name, []), correct: false, why: 'No packages at all: no Python, no pip, no kernel.' }
				],
				explanation: `A notebook runs its code through a kernel, which needs the ipykernel package in the environment: \`${right}\`. Then register it (python -m ipykernel install --user --name ${name}) or let nb_conda_kernels list it.`,
				section: 'three-ways-to-create-an-environment'
			};
		}
	},
	{
		id: 'why-environments',
		make(seed) {
			const r = rng(seed);
			const reason = pick(r, Object.keys(REASONS) as Reason[]);
			const scenario = pick(r, REASONS[reason]);
			return {
				kind: 'single',
				id: 'why-environments',
				prompt: scenario,
				choices: [
					...(Object.keys(REASONS) as Reason[]).map((x) => ({ text: x, correct: x === reason })),
					{ text: 'Speed', correct: false, why: 'An environment does not make code run faster.' }
				],
				explanation:
					'Isolation keeps one project’s versions from breaking another; reproducibility lets others rebuild the same set-up; deployability tells a server exactly what to install. Environments do not make code faster.',
				section: 'why-environments-exist'
			};
		}
	},
	{
		id: 'base',
		make(seed) {
			const project = pick(rng(seed), PROJECTS);
			return {
				kind: 'single',
				id: 'base',
				prompt: `You start ${project}. Where should its packages go?`,
				choices: [
					{
						text: 'Into a new environment for this project',
						correct: true,
						why: 'Each project keeps its own versions, and base stays clean for conda.'
					},
					{
						text: 'Into base, so every project can use them',
						correct: false,
						why: 'Base is shared by everything: conflicts pile up there, and a broken base can break conda itself.'
					},
					{
						text: 'Into base, after exporting it to a file',
						correct: false,
						why: 'The export records base, but base is still shared: the next install can break other projects.'
					}
				],
				explanation: 'Keep base for conda and create a project environment for each project.',
				section: 'the-base-environment-and-project-environments'
			};
		}
	}
];
