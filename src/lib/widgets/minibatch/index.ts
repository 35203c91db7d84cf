import type { WidgetDef } from '../types';
import { MinibatchState } from './minibatch.svelte';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'minibatch',
	title: 'mb.title',
	lesson: 'backpropagation',
	params,
	component: Widget,
	State: MinibatchState
};
