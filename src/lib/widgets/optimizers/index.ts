import type { WidgetDef } from '../types';
import { OptimizersState } from './optimizers.svelte';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'optimizers',
	title: 'opt.title',
	lesson: 'backpropagation',
	params,
	component: Widget,
	State: OptimizersState
};
