import type { Component } from 'svelte';
import type { ParamTable, Values } from '$lib/embed/params';

/** Props every widget component takes. */
export interface WidgetProps<P extends ParamTable> {
	/** Starting state (from a lesson's props or an embed link); missing keys use defaults. */
	initial?: Partial<Values<P>>;
	/** True on the /embed/ route: no lesson around it. */
	embedded?: boolean;
}

/** What a widget folder's index.ts exports as `widget`, for the embed route and the registry. */
export interface WidgetDef<P extends ParamTable = ParamTable> {
	name: string;
	/** Interface-string key of its title. */
	title: string;
	/** The lesson it belongs to (slug). */
	lesson: string;
	params: P;
	component: Component<WidgetProps<P>>;
	/** The state class the component builds from `initial`; its `query` is the share link's. */
	State: new (initial?: Partial<Values<P>>) => { readonly query: string };
}
