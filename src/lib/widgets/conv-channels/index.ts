import type { WidgetDef } from '../types';
import { ConvChannelsState } from './conv-channels.svelte';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'conv-channels',
	title: 'ch.title',
	lesson: 'convolution',
	params,
	component: Widget,
	State: ConvChannelsState
};
