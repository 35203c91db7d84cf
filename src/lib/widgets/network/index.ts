import type { WidgetDef } from '../types';
import Widget from './Widget.svelte';
import { NetworkState } from './network.svelte';
import { params } from './params';

export const widget: WidgetDef<typeof params> = {
	name: 'network',
	title: 'net.title',
	lesson: 'neural-networks',
	params,
	component: Widget,
	State: NetworkState
};
