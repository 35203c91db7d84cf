import { error } from '@sveltejs/kit';
import { useAllStrings } from '$lib/i18n/all-strings';
import { loadWidget, widgetNames } from '$lib/widgets/registry';

export function entries() {
	return widgetNames.map((widget) => ({ widget }));
}

export async function load({ params }) {
	// The link is read, and its refusals worded, before the widget (which loads its own areas) renders.
	useAllStrings();
	const widget = await loadWidget(params.widget);
	if (!widget) error(404, `No widget called ${params.widget}`);
	return { widget };
}
