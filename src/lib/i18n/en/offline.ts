/** The update notice (src/lib/offline) and the lab's thread count (src/lib/lab/backend). */
export const offline = {
	'offline.update.ready': 'A new version of the course is ready. It loads the next time you open the course.',
	'offline.update.apply': 'Use it now',
	'offline.update.dismiss': 'Dismiss',
	'offline.update.label': 'Update available',
	'backend.threads.many': ', {threads} threads',
	'backend.threads.one-not-isolated':
		' One thread: this page is not cross-origin isolated (for example it is inside another site’s frame, such as a learning platform, or was opened before the offline copy was installed), so the browser allows no shared memory.',
	'backend.threads.one-core': ' One thread: the browser reports one core.'
} as const;
