import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { EnvironmentState } from './environments.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'environments',
	title: 'env.title',
	lesson: 'environments',
	params,
	component: Widget,
	State: EnvironmentState
};
