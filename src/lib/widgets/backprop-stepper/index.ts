import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { BackpropState } from './backprop-stepper.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'backprop-stepper',
	title: 'bp.title',
	lesson: 'backpropagation',
	params,
	component: Widget,
	State: BackpropState
};
