export { ProgressState } from './progress.svelte';
export { default as ProgressPanel } from './ProgressPanel.svelte';
export { lessonStatus, completedCount } from './update';
export type { ProgressData, LessonProgress } from './schema';
