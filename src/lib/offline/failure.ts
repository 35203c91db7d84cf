/**
 * What the error page says when a page could not be shown. The one failure a learner can fix is a
 * missing network: going offline before the offline copy was stored (or where the browser keeps
 * none) and following a link makes SvelteKit's import of the next page fail, which it reports as a
 * bare "500 Internal Error". Plain functions, so Vitest checks them.
 */
import { t } from '$lib/i18n';

/** The error shape src/hooks.client.ts hands to the error page (App.Error). */
export interface PageError {
	message: string;
	/** The page's files could not be fetched: the network is missing. */
	network?: boolean;
}

/**
 * Whether an error is a request that never reached the server (not a server's answer). Browsers
 * word it differently: Chromium "Failed to fetch" and "Failed to fetch dynamically imported
 * module", Firefox "NetworkError when attempting to fetch resource" and "error loading
 * dynamically imported module", Safari "Load failed" and "Importing a module script failed".
 */
export function isNetworkError(e: unknown): boolean {
	if (!(e instanceof Error) || e.name !== 'TypeError') return false;
	return /failed to fetch|networkerror|load failed|dynamically imported module|importing a module script failed/i.test(
		e.message
	);
}

export type FailureKind = 'offline' | 'not-found' | 'error';

export interface Failure {
	kind: FailureKind;
	title: string;
	detail: string;
}

/**
 * `online` is navigator.onLine, which is false only when the browser knows it has no network; a
 * flaky connection shows up as a network error instead. Either way the page says "offline".
 */
export function describeFailure(status: number, error: PageError | null, online: boolean): Failure {
	if (!online || error?.network) {
		return { kind: 'offline', title: t('offline.page.title'), detail: t('offline.page.detail') };
	}
	if (status === 404) {
		return { kind: 'not-found', title: t('error.not-found.title'), detail: t('error.not-found.detail') };
	}
	return {
		kind: 'error',
		title: t('error.other.title', { status }),
		detail: t('error.other.detail', { message: error?.message || t('error.other.unknown') })
	};
}
