import type { WidgetDef } from '../types';
import { PrevalenceState } from './prevalence.svelte';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'prevalence',
	title: 'prev.title',
	lesson: 'classification-metrics',
	params,
	component: Widget,
	State: PrevalenceState
};
