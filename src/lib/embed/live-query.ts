// The embed page's widget state as a query string, kept current by the widget's frame, so the
// language switch opens the other language with the state the learner has reached, not only
// the state the link opened with.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('live-query');

export interface LiveQuery {
	query: string | null;
}

export function setLiveQuery(holder: LiveQuery): void {
	setContext(KEY, holder);
}

export function getLiveQuery(): LiveQuery | undefined {
	return getContext<LiveQuery | undefined>(KEY);
}
