import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { PixelInspectorState } from './pixel-inspector.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'pixel-inspector',
	title: 'pix.title',
	lesson: 'images-as-data',
	params,
	component: Widget,
	State: PixelInspectorState
};
