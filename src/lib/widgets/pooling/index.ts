import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { PoolingState } from './pooling.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'pooling',
	title: 'pool.title',
	lesson: 'pooling-and-flattening',
	params,
	component: Widget,
	State: PoolingState
};
