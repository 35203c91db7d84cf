import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { FittingState } from './fitting.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'fitting',
	title: 'fit.title',
	lesson: 'backpropagation',
	params,
	component: Widget,
	State: FittingState
};
