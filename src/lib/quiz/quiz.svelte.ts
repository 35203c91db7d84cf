import { grade, type Response, type Verdict } from './grade';
import type { Question, QuestionSource } from './types';
import { variant } from './variant';

/** The state of one quiz on a page: the current variants, the responses and, once checked, verdicts. */
export class QuizState {
	seed = $state(0);
	responses = $state<Record<string, Response>>({});
	verdicts = $state<Record<string, Verdict> | null>(null);

	readonly sources: QuestionSource[];
	questions: Question[];
	/** Widget tasks register how to read their widget's readouts at check time (not state: read on demand). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly readers = new Map<string, () => Response>();

	/**
	 * `seed` starts at another variant; `pick` chooses which sources a variant asks (indices in
	 * lesson order, as the quiz embed's `n` does). Each question keeps its lesson index, so it is the
	 * same variant as on the lesson page.
	 */
	constructor(sources: QuestionSource[], opts: { seed?: number; pick?: (seed: number) => number[] } = {}) {
		this.sources = sources;
		this.seed = opts.seed ?? 0;
		const pick = opts.pick ?? (() => this.sources.map((_, i) => i));
		this.questions = $derived(pick(this.seed).map((i) => variant(this.sources[i], this.seed, i)));
	}

	score = $derived(this.verdicts ? Object.values(this.verdicts).filter((v) => v === 'right').length : 0);

	check() {
		for (const q of this.questions) {
			const read = q.kind === 'widget' ? this.readers.get(q.id) : undefined;
			if (read) this.responses[q.id] = read();
		}
		this.verdicts = Object.fromEntries(
			this.questions.map((q) => [q.id, grade(q, this.responses[q.id] ?? { chosen: [], text: '' })])
		);
	}

	another() {
		this.seed += 1;
		this.responses = {};
		this.verdicts = null;
	}
}
