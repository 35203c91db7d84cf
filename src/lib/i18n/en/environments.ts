export const environments = {
	'env.title': 'What does each environment give you?',
	'env.pick': 'Pick an environment',
	'env.command': 'Command',
	'env.has': 'What it has',
	'env.feature': 'Component',
	'env.present': 'Present',
	'env.missing': 'Missing',
	'env.notebook': 'What a Jupyter notebook can do with it',
	'env.f.python': 'Python interpreter',
	'env.f.conda': 'conda (package manager)',
	'env.f.pip': 'pip (installs PyPI packages)',
	'env.f.kernel': 'ipykernel (lets Jupyter run code in it)',
	'env.base.label': 'base',
	'env.base.command': '(created when you install Anaconda)',
	'env.base.notebook':
		'Everything works, but every project shares it: upgrading a package for one project can break another. Keep base clean and make an environment per project.',
	'env.venv_1.notebook':
		'Nothing of its own: no python, no pip and no kernel, so Jupyter cannot use it and you cannot pip-install into it.',
	'env.venv_2.notebook':
		'You can install packages with pip, but a notebook cannot run in it: there is no ipykernel, so a notebook keeps running in another environment.',
	'env.venv_3.notebook':
		'It has a kernel, but Jupyter (started from base) lists it only once the kernel is registered: inside it run python -m ipykernel install --user --name venv_3, or install nb_conda_kernels into base, which lists every environment that has ipykernel. Then a notebook can pick it and import what you install into it: this is the set-up for the course.',
	'env.note.venv_1':
		'An environment created with no packages has no python of its own. conda activate takes base off PATH, so typing python finds whatever is next on PATH: a system Python outside any environment, or nothing at all. Only the conda command keeps working.'
} as const;
