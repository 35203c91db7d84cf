import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { ConfusionState } from './confusion.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'confusion-matrix',
	title: 'cm.title',
	lesson: 'classification-metrics',
	params,
	component: Widget,
	State: ConfusionState
};
