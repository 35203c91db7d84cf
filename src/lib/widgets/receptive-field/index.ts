import type { WidgetDef } from '../types';
import { ReceptiveFieldState } from './receptive-field.svelte';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'receptive-field',
	title: 'rf.title',
	lesson: 'pooling-and-flattening',
	params,
	component: Widget,
	State: ReceptiveFieldState
};
