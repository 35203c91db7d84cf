import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { FilterGalleryState } from './filter-gallery.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'filter-gallery',
	title: 'fg.title',
	lesson: 'images-as-data',
	params,
	component: Widget,
	State: FilterGalleryState
};
