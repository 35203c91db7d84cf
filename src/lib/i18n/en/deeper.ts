// Interface strings for the deeper widgets of issue 20: prevalence (lesson 5), receptive field
// and channels (lessons 7–8), optimisers and the gradient check (lesson 4).
export const deeper = {
	'prev.title': 'Prevalence: the same model on a different line',
	'prev.recall': 'Recall',
	'prev.specificity': 'Specificity',
	'prev.prevalence': 'Defect rate (prevalence)',
	'prev.rate.dataset': '57% defective (the data set)',
	'prev.rate.line': '2% defective (a production line)',
	'prev.bayes': 'Precision by Bayes’ rule',
	'prev.precision.undefined': 'undefined: no part is flagged',
	'prev.per-1000.caught': 'Defects caught per 1,000 parts',
	'prev.per-1000.missed': 'Defects missed per 1,000 parts',
	'prev.per-1000.false-alarms': 'False alarms per 1,000 parts',
	'prev.array.caption': '1,000 parts, one square each (expected counts, rounded to whole parts)',
	'prev.array.label':
		'Icon array of 1,000 parts: {caught} defects caught, {missed} missed, {alarms} false alarms, {ok} OK parts passed',
	'prev.array.help':
		'Defective parts come first, then OK ones. Of all flagged parts (filled squares and circles), precision is the share that are filled squares.',
	'prev.caught': 'defect caught',
	'prev.missed': 'defect missed',
	'prev.false-alarms': 'false alarm',
	'prev.correct-ok': 'OK part passed',
	'instructor.preset.prevalence.line': 'A 2% defect rate: the same recall and specificity, most alarms false',
	'instructor.preset.prevalence.specific': '2% defects with specificity 0.99: fewer false alarms',
	'instructor.preset.prevalence.none-flagged': 'Nothing flagged: precision is undefined'
} as const;
