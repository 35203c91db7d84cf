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
	'env.f.kernel': 'ipykernel (Jupyter can run it)',
	'env.base.label': 'base',
	'env.base.command': '(created when you install Anaconda)',
	'env.base.notebook':
		'Everything works, but every project shares it: upgrading a package for one project can break another. Keep base clean and make an environment per project.',
	'env.venv_1.notebook':
		'Nothing of its own: with no pip you cannot install PyPI packages into it, and with no kernel Jupyter cannot select it. Running python here falls back to the base installation’s interpreter.',
	'env.venv_2.notebook':
		'You can install packages with pip, but Jupyter still cannot select it: there is no kernel, so a notebook keeps running in another environment.',
	'env.venv_3.notebook':
		'A notebook can pick this environment as its kernel and import the packages you install with pip or conda: this is the set-up to use for the course.',
	'env.note.venv_1':
		'An environment created with no packages: the python and conda you run come from the base installation.'
} as const;
