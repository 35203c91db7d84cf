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

export type Question = SingleChoice | MultipleChoice | NumericQuestion;

export interface QuestionSource {
	id: string;
	/** Make the variant for `seed` (seed 0 is the one shown first). Deterministic. */
	make(seed: number): Question;
}
