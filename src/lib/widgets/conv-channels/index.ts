import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'conv-channels',
	title: 'ch.title',
	lesson: 'convolution',
	params,
	component: Widget
};
