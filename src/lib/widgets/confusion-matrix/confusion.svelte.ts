import type { Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { getLocale, t } from '$lib/i18n';
import { parseNumber } from '$lib/i18n/number';
import {
	countProblem,
	flipConfusion,
	MAX_COUNT,
	metricsFrom,
	type Cell,
	type Confusion
} from '$lib/math/metrics';
import { params } from './params';

const SHORT = { tp: 'cm.cell.tp', fp: 'cm.cell.fp', fn: 'cm.cell.fn', tn: 'cm.cell.tn' } as const;
const PROBLEM = {
	negative: 'cm.bad.negative',
	fractional: 'cm.bad.fractional',
	'not-finite': 'cm.bad.not-finite',
	huge: 'cm.bad.huge'
} as const;

/**
 * A typed count, read in the page's language (on /id/ "1.000" is a thousand and "2,5" is two and a
 * half, refused as fractional), else NaN (reported as "not a number").
 */
function parseCount(raw: string): number {
	return parseNumber(raw, getLocale()) ?? NaN;
}

export class ConfusionState extends ParamState(params, ['tp', 'fp', 'fn', 'tn']) {
	counts = $state<Confusion>({ tp: 0, fp: 0, fn: 0, tn: 0 });
	/** Text typed into a cell that is not a usable count (shown as typed, with a message). */
	drafts = $state<Partial<Record<Cell, string>>>({});
	problems = $state<Partial<Record<Cell, string>>>({});
	nameProblem = $state<string | null>(null);
	flipped = $state(false);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		// The default class names are shown in the reader's language ("cacat" on /id/); a share link
		// from an Indonesian page then names them.
		if (this.positive === params.positive.default) this.positive = t('cm.default.positive');
		if (this.negative === params.negative.default) this.negative = t('cm.default.negative');
		this.counts = {
			tp: initial.tp ?? params.tp.default,
			fp: initial.fp ?? params.fp.default,
			fn: initial.fn ?? params.fn.default,
			tn: initial.tn ?? params.tn.default
		};
		// The two class names must differ: a repeated name falls back to a default.
		const [pos, neg] = [this.positive, this.negative];
		this.negative =
			neg !== pos ? neg : pos === params.negative.default ? params.positive.default : params.negative.default;
		// Two classes with one name (positive=OK&negative=OK) would make every label ambiguous.
		if (neg === pos) this.nameProblem = t('cm.bad.same', { name: pos, used: this.negative });
	}

	metrics = $derived(metricsFrom(this.counts));
	total = $derived(this.counts.tp + this.counts.fp + this.counts.fn + this.counts.tn);
	messages = $derived([
		...Object.values(this.problems).filter((m): m is string => !!m),
		...(this.nameProblem ? [this.nameProblem] : [])
	]);

	override paramValues() {
		return { ...this.counts, positive: this.positive, negative: this.negative };
	}

	/** A count typed into a cell: used if it is a whole number in 0…MAX_COUNT, else explained. */
	type(cell: Cell, raw: string) {
		const x = parseCount(raw);
		const bad = countProblem(x);
		if (bad) {
			this.drafts[cell] = raw;
			this.problems[cell] = t(PROBLEM[bad], {
				cell: t(SHORT[cell]),
				value: raw,
				kept: this.counts[cell],
				max: MAX_COUNT
			});
			return;
		}
		delete this.drafts[cell];
		delete this.problems[cell];
		this.counts[cell] = x;
		this.flipped = false;
	}

	/** Add `delta` to a cell, staying within 0…MAX_COUNT. */
	step(cell: Cell, delta: number) {
		delete this.drafts[cell];
		delete this.problems[cell];
		this.counts[cell] = Math.min(MAX_COUNT, Math.max(0, this.counts[cell] + delta));
		this.flipped = false;
	}

	rename(which: 'positive' | 'negative', raw: string) {
		const name = raw.trim().slice(0, 40);
		const other = which === 'positive' ? this.negative : this.positive;
		if (name === '' || name === other) {
			this.nameProblem = t('cm.bad.name', { kept: this[which] });
			return;
		}
		this.nameProblem = null;
		this[which] = name;
	}

	/** Call the other class positive: TP↔TN, FP↔FN, names swapped. */
	flip() {
		this.drafts = {};
		this.problems = {};
		this.counts = flipConfusion(this.counts);
		[this.positive, this.negative] = [this.negative, this.positive];
		this.flipped = true;
	}
}
