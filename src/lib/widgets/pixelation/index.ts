import type { WidgetDef } from '../types';
import { PixelationState } from './pixelation.svelte';
import Widget from './Widget.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'pixelation',
	title: 'px.title',
	lesson: 'images-as-data',
	params,
	component: Widget,
	State: PixelationState
};
