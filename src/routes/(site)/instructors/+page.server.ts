import { loadWidget, widgetNames } from '$lib/widgets/registry';

// Build time only: each widget's title key and lesson (components stay out of the page data).
export async function load() {
	const widgets = await Promise.all(
		widgetNames.map(async (name) => {
			const def = (await loadWidget(name))!;
			return { name, title: def.title, lesson: def.lesson };
		})
	);
	return { widgets };
}
