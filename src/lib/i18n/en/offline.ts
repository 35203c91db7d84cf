/** The update notice and the error page (src/lib/offline), and the lab's thread count (src/lib/lab/backend). */
export const offline = {
	'offline.update.ready': 'A new version of the course is ready. It loads the next time you open the course.',
	'offline.update.apply': 'Use it now',
	'offline.update.dismiss': 'Dismiss',
	'offline.update.label': 'Update available',
	'offline.page.title': 'You are offline',
	'offline.page.detail':
		'This page is not stored on this device yet, and the network cannot be reached. Connect and try again. Once the course has been open for a moment with the network on, this browser keeps all of it for offline use.',
	'offline.page.retry': 'Try again',
	'offline.page.home': 'Go to the course page',
	'error.not-found.title': 'Page not found',
	'error.not-found.detail':
		'There is no page at this address. Check the link, or start from the course page.',
	'error.other.title': 'This page could not be shown (error {status})',
	'error.other.detail': 'What went wrong: {message}',
	'error.other.unknown': 'no details were given',
	'backend.threads.many': ', {threads} threads',
	'backend.threads.one-not-isolated':
		' One thread: this page is not cross-origin isolated (for example it is inside another site’s frame, such as a learning platform, or was opened before the offline copy was installed), so the browser allows no shared memory.',
	'backend.threads.one-core': ' One thread: the browser reports one core.',
	'backend.kernels.pool':
		' The lab’s own training routines (pooling gradients, data rearrangements) share the {threads} threads.',
	'backend.kernels.one-off':
		' The lab’s own training routines (pooling gradients, data rearrangements) run on one thread; kernels=pool in the address shares them out too.',
	'backend.kernels.one-not-shared':
		' The lab’s own training routines run on one thread: the WebAssembly memory is not shared memory.',
	'backend.kernels.one-failed':
		' The lab’s own training routines run on one thread: their helper workers did not start.',
	'backend.threads.one-reported':
		' One thread: asked for {asked}, the WebAssembly backend reports one (its thread pool did not start more).'
} as const;
