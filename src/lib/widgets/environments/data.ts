// What each environment in the environments lesson contains (course material, not math).
// `has` is what the environment holds of its own once activated: `conda activate` takes base's
// folders off PATH, so an environment created with no packages has no python (or pip) of its own,
// and the shell finds whatever Python is next on PATH, if any. The conda command itself keeps
// working in every environment (it is a shell function that lives outside them).
import type { MessageKey } from '$lib/i18n';

export const ENV_IDS = ['base', 'venv_1', 'venv_2', 'venv_3'] as const;
export type EnvId = (typeof ENV_IDS)[number];
/** The Python version the lesson's commands ask for (a supported release, not an end-of-life one). */
export const PYTHON_VERSION = '3.12';

export const FEATURES = ['python', 'conda', 'pip', 'kernel'] as const;
export type Feature = (typeof FEATURES)[number];

export interface Environment {
	id: EnvId;
	command: string;
	/** The packages the command lists after the environment's name (what decides `has`). */
	packages: string[];
	has: Record<Feature, boolean>;
	notebook: MessageKey;
}

export const ENVIRONMENTS: Record<EnvId, Environment> = {
	base: {
		id: 'base',
		command: '',
		packages: [],
		has: { python: true, conda: true, pip: true, kernel: true },
		notebook: 'env.base.notebook'
	},
	venv_1: {
		id: 'venv_1',
		command: 'conda create -n venv_1',
		packages: [],
		has: { python: false, conda: true, pip: false, kernel: false },
		notebook: 'env.venv_1.notebook'
	},
	venv_2: {
		id: 'venv_2',
		command: `conda create -n venv_2 python=${PYTHON_VERSION}`,
		packages: [`python=${PYTHON_VERSION}`],
		has: { python: true, conda: true, pip: true, kernel: false },
		notebook: 'env.venv_2.notebook'
	},
	venv_3: {
		id: 'venv_3',
		command: `conda create -n venv_3 python=${PYTHON_VERSION} ipykernel`,
		packages: [`python=${PYTHON_VERSION}`, 'ipykernel'],
		has: { python: true, conda: true, pip: true, kernel: true },
		notebook: 'env.venv_3.notebook'
	}
};

export const FEATURE_LABEL: Record<Feature, MessageKey> = {
	python: 'env.f.python',
	conda: 'env.f.conda',
	pip: 'env.f.pip',
	kernel: 'env.f.kernel'
};
