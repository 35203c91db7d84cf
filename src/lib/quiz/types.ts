// Quiz questions. A lesson's quiz is a list of sources; each makes one question from a seed,
// so "Try another" gives a fresh variant and answers are computed by src/lib/math, never typed twice.

export interface Choice {
	text: string;
	correct: boolean;
	/** Shown after checking when this choice was picked (why it is right or wrong). */
	why?: string;
}

interface Common {
	/** Stable within the lesson (progress and tests use it). */
	id: string;
	prompt: string;
	/** Shown with the verdict: the reasoning, with the numbers of this variant. */
	explanation: string;
	/** Heading id in the lesson that explains it (a link is shown with the feedback). */
	section?: string;
}

export interface SingleChoice extends Common {
	kind: 'single';
	choices: Choice[];
}

export interface MultipleChoice extends Common {
	kind: 'multiple';
	choices: Choice[];
}

export interface NumericQuestion extends Common {
	kind: 'numeric';
	answer: number;
	/** Absolute tolerance: |given − answer| ≤ tolerance is right. */
	tolerance: number;
	unit?: string;
}

/** One condition on a readout (`<output name data-value>`) of the task's widget. */
export interface ReadoutCheck {
	/** The `name` of the `<output>` inside the widget. */
	readout: string;
	/** How the feedback calls it ("the output height"); defaults to the readout's name. */
	label?: string;
	/** The value must equal this: a number (within `tolerance`) or a text such as `converged`. */
	equals?: number | string;
	/** Absolute tolerance for a numeric `equals` (default 0). */
	tolerance?: number;
	/** Inclusive bounds for a numeric value ("recall ≥ 0.9" is `min: 0.9`). */
	min?: number;
	max?: number;
}

/**
 * A task done in a widget shown inline: the learner changes it, and "Check" reads the widget's
 * contract readouts. Right when every check holds; empty while the readouts are as they started.
 */
export interface WidgetTask extends Common {
	kind: 'widget';
	/** Widget name, as in /embed/<name>/ (src/lib/widgets/registry.ts). */
	widget: string;
	/** Its starting state as an embed query string (`stride=1&padding=0`), read with its param table. */
	params?: string;
	checks: ReadoutCheck[];
}

export type Question = SingleChoice | MultipleChoice | NumericQuestion | WidgetTask;

export interface QuestionSource {
	id: string;
	/** The languages its words exist in (src/lib/quiz/text.ts); English only when absent. */
	locales?: readonly import('$lib/i18n/locale').Locale[];
	/** Make the variant for `seed` (seed 0 is the one shown first). Deterministic. */
	make(seed: number): Question;
}
