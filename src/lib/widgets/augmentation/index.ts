import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { AugmentationState } from './augmentation.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'augmentation',
	title: 'aug.title',
	lesson: 'fitting-and-augmentation',
	params,
	component: Widget,
	State: AugmentationState
};
