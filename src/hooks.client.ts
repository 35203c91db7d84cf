// Client-side errors reach the error page (src/routes/+error.svelte) with a flag for the one a
// learner can fix: a page whose files could not be fetched because the network is missing.
import type { HandleClientError } from '@sveltejs/kit';
import { isNetworkError } from '$lib/offline/failure';

export const handleError: HandleClientError = ({ error, message }) => ({
	message,
	network: isNetworkError(error)
});
