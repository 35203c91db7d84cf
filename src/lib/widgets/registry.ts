// Every folder src/lib/widgets/<name>/ whose index.ts exports `widget` is an embeddable widget
// at /embed/<name>/. Loaded lazily: an embed page pulls in only its own widget.
import type { WidgetDef } from './types';

const defs = import.meta.glob<{ widget: WidgetDef }>('./*/index.ts');

export const widgetNames: string[] = Object.keys(defs)
	.map((k) => k.split('/')[1])
	.sort();

export async function loadWidget(name: string): Promise<WidgetDef | null> {
	const load = defs[`./${name}/index.ts`];
	return load ? (await load()).widget : null;
}
