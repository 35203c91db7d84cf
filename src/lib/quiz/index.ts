export { default as Quiz } from './Quiz.svelte';
export type {
	Question,
	QuestionSource,
	Choice,
	SingleChoice,
	MultipleChoice,
	NumericQuestion,
	WidgetTask,
	ReadoutCheck
} from './types';
export { shuffleChoices } from './choices';
export { variant, questionSeed } from './variant';
