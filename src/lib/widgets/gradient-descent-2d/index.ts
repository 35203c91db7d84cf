import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { Descent2DState } from './gradient-descent-2d.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'gradient-descent-2d',
	title: 'gd2.title',
	lesson: 'backpropagation',
	params,
	component: Widget,
	State: Descent2DState
};
