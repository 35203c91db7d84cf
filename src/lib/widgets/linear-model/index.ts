import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { LinearModelState } from './linear-model.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'linear-model',
	title: 'linear.title',
	lesson: 'age-of-ai',
	params,
	component: Widget,
	State: LinearModelState
};
