// `<html lang>` follows the page's language (app.html holds the placeholder %lang%).
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LANG_TAG, localeOfPath } from '$lib/i18n/locale';

export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.startsWith(base)
		? event.url.pathname.slice(base.length)
		: event.url.pathname;
	const lang = LANG_TAG[localeOfPath(path)];
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
