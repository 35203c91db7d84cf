// Interface strings for the classification-metrics lesson: the confusion-matrix and threshold
// widgets and the shared confusion table (also used by the training lab).
export const metrics = {
	'cm.title': 'Confusion matrix and the metrics built on it',
	'cm.caption': 'Rows: what the part actually is. Columns: what the model predicted.',
	'cm.predicted': 'Predicted',
	'cm.actual': 'Actual',
	'cm.positive-tag': '(positive)',
	'cm.cell.tp': 'TP',
	'cm.cell.fp': 'FP',
	'cm.cell.fn': 'FN',
	'cm.cell.tn': 'TN',
	'cm.cell.tp.long': 'true positive',
	'cm.cell.fp.long': 'false positive',
	'cm.cell.fn.long': 'false negative',
	'cm.cell.tn.long': 'true negative',
	'cm.cell.count': '{cell} ({long}): actually {actual}, predicted {predicted}',
	'cm.cell.show': 'Show the {n} examples in {cell}',
	'cm.dec': 'One fewer {cell}',
	'cm.inc': 'One more {cell}',
	'cm.keys':
		'Type a count, or use the − and + buttons (in a box: ↑ and ↓ step by 1, Page Up and Page Down by 10).',
	'cm.default.positive': 'defective',
	'cm.default.negative': 'OK',
	'cm.names': 'Class names',
	'cm.positive': 'Positive class',
	'cm.negative': 'Negative class',
	'cm.flip': 'Flip the positive class',
	'cm.flipped':
		'Now “{positive}” is the positive class: TP and TN swapped places, and so did FP and FN. Recall and specificity traded values; accuracy did not move.',
	'cm.total': 'Total: {n} examples.',
	'cm.bad.negative': '{cell}: “{value}” is negative; a count is 0 or more. Keeping {kept}.',
	'cm.bad.fractional':
		'{cell}: “{value}” is not a whole number; you cannot have part of an example. Keeping {kept}.',
	'cm.bad.not-finite': '{cell}: “{value}” is not a number. Keeping {kept}.',
	'cm.bad.huge': '{cell}: “{value}” is more than {max}. Keeping {kept}.',
	'cm.bad.same':
		'Parameters “positive” and “negative” are both “{name}”; the two classes need different names. Calling the negative class “{used}”.',
	'cm.bad.name': 'A class name cannot be empty, and the two classes need different names. Keeping “{kept}”.',
	'metric.accuracy': 'Accuracy',
	'metric.precision': 'Precision',
	'metric.recall': 'Recall (sensitivity)',
	'metric.specificity': 'Specificity',
	'metric.f1': 'F1 score',
	'metric.accuracy.q': 'Of all examples, what share did the model get right?',
	'metric.precision.q': 'Of the examples flagged “{positive}”, what share really are?',
	'metric.recall.q': 'Of the examples that really are “{positive}”, what share did the model catch?',
	'metric.specificity.q':
		'Of the examples that really are “{negative}”, what share did the model leave alone?',
	'metric.f1.q':
		'One number that is high only when precision and recall are both high (their harmonic mean).',
	'metric.f1.sklearn':
		'Written 2·TP / (2·TP + FP + FN), as scikit-learn computes it, F1 is 0 (not undefined) when nothing is flagged but some positives were missed.',
	'metric.undefined': 'undefined',
	'reason.empty': 'Undefined: there are no examples at all (0 / 0).',
	'reason.no-predicted-positive':
		'Undefined: the model flagged nothing as “{positive}”, so TP + FP = 0 and there is nothing to take a share of (0 / 0).',
	'reason.no-actual-positive':
		'Undefined: there are no actual “{positive}” examples, so TP + FN = 0 (0 / 0).',
	'reason.no-actual-negative':
		'Undefined: there are no actual “{negative}” examples, so TN + FP = 0 (0 / 0).',
	'reason.no-positive-at-all':
		'Undefined: no example is “{positive}” and none was flagged, so 2·TP + FP + FN = 0 (0 / 0).',
	'th.title': 'Move the threshold: who gets flagged?',
	'th.set': 'Example data',
	'th.set.castings': 'Castings (40 defective, 60 OK)',
	'th.set.rare-defects': 'Rare defects (6 defective, 114 OK)',
	'th.set.easy': 'An easy task (well separated)',
	'th.set.hard': 'A hard task (heavily overlapping)',
	'th.set.url': 'Scores and labels from the link ({n} parts)',
	'th.threshold': 'Threshold',
	'th.rule': 'A part is flagged “defective” when its score is ≥ the threshold.',
	'th.scores': 'Scores of {n} parts: defective parts above the line, OK parts below; each dot is one part.',
	'th.scores.axis': 'Model score (probability of defective)',
	'th.defective': 'defective',
	'th.ok': 'OK',
	'th.flagged': 'flagged',
	'th.roc': 'ROC curve',
	'th.roc.x': 'False positive rate (1 − specificity)',
	'th.roc.y': 'True positive rate (recall)',
	'th.pr': 'Precision-recall curve',
	'th.pr.x': 'Recall',
	'th.pr.y': 'Precision',
	'th.point': 'Operating point at threshold {t}: {x} {xv}, {y} {yv}. Arrow keys move it along the curve.',
	'th.auc': 'Area under the ROC curve (ROC-AUC)',
	'th.ap': 'Average precision (area under the precision-recall steps)',
	'th.auc.reason.no-actual-positive':
		'Undefined: the data has no defective parts, so the true positive rate is 0 / 0.',
	'th.auc.reason.no-actual-negative':
		'Undefined: the data has no OK parts, so the false positive rate is 0 / 0.',
	'th.auc.reason.empty': 'Undefined: there is no data.',
	'th.cost': 'One missed defect costs as much as',
	'th.cost.unit': 'false alarms',
	'th.cost.formula': 'Total cost = {n} × FN + 1 × FP',
	'th.cost.now': 'At the current threshold: {n} × {fn} + {fp} =',
	'th.cheapest': 'Cheapest threshold:',
	'th.cheapest.none': 'flag nothing',
	'th.cheapest.why':
		'Checked at every distinct score: at {t} the model misses {fn} defective parts and raises {fp} false alarms, costing {n} × {fn} + {fp} =',
	'th.cheapest.why.rest':
		'Any lower threshold adds false alarms that cost at least as much as the defects it catches; any higher one misses defects that cost more than the alarms it saves.',
	'th.cheapest.go': 'Move to the cheapest threshold',
	'th.cost.bad': 'The cost must be a number from {min} to {max}. Keeping {kept}.',
	'th.examples': 'Parts in {cell} ({long}): {n}',
	'th.examples.hint': 'Click a cell of the matrix to list the parts in it.',
	'th.examples.item': 'Part #{id}: score {score}, actually {label}',
	'th.examples.thumb': 'Picture of part #{id}: score {score}, actually {label}',
	'th.examples.rings':
		'Pictures drawn by the lab’s generator, each part from its own seed; a ring marks each defect (many are only a few pixels wide).',
	'th.examples.more': '… and {n} more.',
	'th.examples.none': 'No parts in this cell.',
	'th.bad.length':
		'The link gives {scores} scores but {labels} labels; each part needs one of each. Showing the built-in data instead.',
	'th.bad.half':
		'The link gives “{given}” but not “{missing}”; both are needed. Showing the built-in data instead.',
	'th.bad.empty': 'The link gives no scores. Showing the built-in data instead.',
	'th.bad.label':
		'In “labels”, value {index} is {value}; labels must be 0 (OK) or 1 (defective). Showing the built-in data instead.',
	'th.single-class.ok':
		'All parts in this data are OK: ROC-AUC needs both classes, and with no defective parts recall and average precision are undefined too.',
	'th.single-class.defective':
		'All parts in this data are defective: ROC-AUC needs both classes (with no OK parts there is no false positive rate).'
} as const;
