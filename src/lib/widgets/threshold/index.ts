import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { ThresholdState } from './threshold.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'threshold',
	title: 'th.title',
	lesson: 'classification-metrics',
	params,
	component: Widget,
	State: ThresholdState
};
