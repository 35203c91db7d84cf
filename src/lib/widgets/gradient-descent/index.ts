import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { GradientDescentState } from './gradient-descent.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'gradient-descent',
	title: 'gd.title',
	lesson: 'backpropagation',
	params,
	component: Widget,
	State: GradientDescentState
};
