import type { Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { atPrevalence, iconCounts } from '$lib/math/prevalence';
import { params } from './params';

export type Kind = 'caught' | 'missed' | 'falseAlarms' | 'correctOk';
/** Icon order in the array: the defective parts first, then the OK ones. */
export const KINDS: readonly Kind[] = ['caught', 'missed', 'falseAlarms', 'correctOk'];

export class PrevalenceState extends ParamState(params) {
	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		// A lesson's props are not read through the table: keep them inside 0…1 too.
		this.recall = params.recall.clamp(this.recall);
		this.specificity = params.specificity.clamp(this.specificity);
		this.prevalence = params.prevalence.clamp(this.prevalence);
	}

	result = $derived(atPrevalence(this.recall, this.specificity, this.prevalence));
	icons = $derived(iconCounts(this.result));
	/** The kind of each of the 1,000 icons, row by row. */
	kinds = $derived(KINDS.flatMap((k) => Array<Kind>(this.icons[k]).fill(k)));
}
