import { writeParams, type Values } from '$lib/embed/params';
import { atPrevalence, iconCounts } from '$lib/math/prevalence';
import { params } from './params';

export type Kind = 'caught' | 'missed' | 'falseAlarms' | 'correctOk';
/** Icon order in the array: the defective parts first, then the OK ones. */
export const KINDS: readonly Kind[] = ['caught', 'missed', 'falseAlarms', 'correctOk'];

export class PrevalenceState {
	recall = $state(params.recall.default);
	specificity = $state(params.specificity.default);
	prevalence = $state(params.prevalence.default);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		this.recall = params.recall.clamp(initial.recall ?? params.recall.default);
		this.specificity = params.specificity.clamp(initial.specificity ?? params.specificity.default);
		this.prevalence = params.prevalence.clamp(initial.prevalence ?? params.prevalence.default);
	}

	result = $derived(atPrevalence(this.recall, this.specificity, this.prevalence));
	icons = $derived(iconCounts(this.result));
	/** The kind of each of the 1,000 icons, row by row. */
	kinds = $derived(KINDS.flatMap((k) => Array<Kind>(this.icons[k]).fill(k)));
	query = $derived(
		writeParams(params, { recall: this.recall, specificity: this.specificity, prevalence: this.prevalence })
	);
}
