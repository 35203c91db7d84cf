// Interface strings for saved progress: the course page, notices, export and import.
export const progress = {
	'progress.title': 'Your progress',
	'progress.completed-count': '{n} of {total} lessons completed',
	'progress.best': 'Quiz best: {best} of {total}',
	'progress.rule': 'A lesson counts as completed once you get at least 80% of its quiz right.',
	'progress.saved-here':
		'Progress is saved in this browser only. Export it to keep a copy or to move it to another device.',
	'progress.unavailable':
		'This browser does not let the site save anything (private mode or a blocked iframe), so your progress lasts only until you leave this page. Everything else works.',
	'progress.save-failed':
		'Your progress could not be saved (the browser refused). It lasts until you leave this page.',
	'progress.reset':
		'Your saved progress could not be read ({problem}), so it was reset. The unreadable copy is kept in this browser’s storage under “{key}”.',
	'progress.reset-no-copy':
		'Your saved progress could not be read ({problem}). It is left untouched, and new progress is not saved over it.',
	'progress.migrated':
		'Your saved progress came from an older version of the site and was brought up to date.',
	'progress.export': 'Export progress',
	'progress.import': 'Import progress (a .json file)',
	'progress.imported': 'Imported progress for {n} lessons and merged it with what was here.',
	'progress.import-failed': 'Could not import “{file}”: {problem}',
	'progress.import-too-big': 'the file is larger than {max} kB, too big for a progress file.',
	'progress.import-unreadable': 'the file could not be read.',
	'progress.problem.json': 'it is not valid JSON',
	'progress.problem.not-object': 'it is not a progress object',
	'progress.problem.version': 'it has no valid version number',
	'progress.problem.newer': 'it was made by a newer version of the site (version {version})',
	'progress.problem.app': 'it is not a CNN Inspection Lab progress file',
	'progress.problem.field': 'the field “{field}” is missing or has the wrong type',
	'progress.problem.too-many': 'it lists more than {max} lessons',
	'progress.problem.slug': '“{slug}” is not a lesson name',
	'progress.problem.lesson': 'the entry for “{slug}” is malformed',
	'progress.problem.score':
		'the quiz score for “{slug}” is not a whole number between 0 and the number of questions',
	'progress.more': 'Save or move your progress'
} as const;
