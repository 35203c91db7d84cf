// What each environment in the environments lesson contains (course material, not math).
import type { MessageKey } from '$lib/i18n';

export const ENV_IDS = ['base', 'venv_1', 'venv_2', 'venv_3'] as const;
export type EnvId = (typeof ENV_IDS)[number];
export const FEATURES = ['python', 'conda', 'pip', 'kernel'] as const;
export type Feature = (typeof FEATURES)[number];

export interface Environment {
	id: EnvId;
	command: string;
	has: Record<Feature, boolean>;
	notebook: MessageKey;
}

export const ENVIRONMENTS: Record<EnvId, Environment> = {
	base: {
		id: 'base',
		command: '',
		has: { python: true, conda: true, pip: true, kernel: true },
		notebook: 'env.base.notebook'
	},
	venv_1: {
		id: 'venv_1',
		command: 'conda create -n venv_1',
		has: { python: true, conda: true, pip: false, kernel: false },
		notebook: 'env.venv_1.notebook'
	},
	venv_2: {
		id: 'venv_2',
		command: 'conda create -n venv_2 python=3.8',
		has: { python: true, conda: true, pip: true, kernel: false },
		notebook: 'env.venv_2.notebook'
	},
	venv_3: {
		id: 'venv_3',
		command: 'conda create -n venv_3 python=3.8 ipykernel',
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
