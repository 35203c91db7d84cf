import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { ActivationState } from './activation.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'activation',
	title: 'act.title',
	lesson: 'neural-networks',
	params,
	component: Widget,
	State: ActivationState
};
