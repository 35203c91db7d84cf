import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { LabState } from './training-lab.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'training-lab',
	title: 'lab.title',
	lesson: 'case-study',
	params,
	component: Widget,
	State: LabState
};
