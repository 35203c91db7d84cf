import { error } from '@sveltejs/kit';
import { loadWidget, widgetNames } from '$lib/widgets/registry';

export function entries() {
	return widgetNames.map((widget) => ({ widget }));
}

export async function load({ params }) {
	const widget = await loadWidget(params.widget);
	if (!widget) error(404, `No widget called ${params.widget}`);
	return { widget };
}
