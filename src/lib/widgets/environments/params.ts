import { choice } from '$lib/embed/params';
import { ENV_IDS } from './data';

export const params = {
	env: choice(ENV_IDS, 'venv_3')
};
