import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { ConvolutionState } from './convolution.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'convolution',
	title: 'conv.title',
	lesson: 'convolution',
	params,
	component: Widget,
	State: ConvolutionState
};
