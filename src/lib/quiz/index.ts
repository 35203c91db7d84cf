export { default as Quiz } from './Quiz.svelte';
export type { Question, QuestionSource, Choice } from './types';
