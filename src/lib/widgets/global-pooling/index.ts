import type { WidgetDef } from '../types';
import { GlobalPoolingState } from './global-pooling.svelte';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'global-pooling',
	title: 'gp.title',
	lesson: 'pooling-and-flattening',
	params,
	component: Widget,
	State: GlobalPoolingState
};
