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
export { shuffleChoices, makeQuestion, makeSet, questionSeed } from './choices';
