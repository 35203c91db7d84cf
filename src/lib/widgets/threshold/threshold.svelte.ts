import type { Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import { t } from '$lib/i18n';
import {
	averagePrecision,
	cellOf,
	cheapestThreshold,
	confusionFromScores,
	metricsFrom,
	prCurve,
	rocPoints,
	scoredProblem,
	type Cell,
	type Label
} from '$lib/math/metrics';
import { generateScores, SCORE_SETS, type ScoredSet, type ScoreSetName } from '$lib/math/scores';
import { rocAuc } from '$lib/math/metrics';
import { params } from './params';

export interface CurvePoint {
	x: number;
	y: number;
	threshold: number;
}

export interface Example {
	id: number;
	score: number;
	label: Label;
}

/** The data a link asks for: its own scores and labels when both are usable, else a built-in set. */
export function resolveData(
	set: ScoreSetName,
	scores: number[],
	labels: number[]
): { data: ScoredSet; fromLink: boolean; problem: string | null } {
	const builtIn = { data: generateScores(SCORE_SETS[set]), fromLink: false };
	if (scores.length === 0 && labels.length === 0) return { ...builtIn, problem: null };
	if (scores.length === 0 || labels.length === 0)
		return {
			...builtIn,
			problem: t('th.bad.half', {
				given: scores.length ? 'scores' : 'labels',
				missing: scores.length ? 'labels' : 'scores'
			})
		};
	const p = scoredProblem(scores, labels);
	if (p?.kind === 'length-mismatch')
		return { ...builtIn, problem: t('th.bad.length', { scores: p.scores, labels: p.labels }) };
	if (p?.kind === 'label-not-binary')
		return { ...builtIn, problem: t('th.bad.label', { index: p.index + 1, value: p.value }) };
	if (p) return { ...builtIn, problem: t('th.bad.empty') };
	return { data: { scores, labels: labels as Label[] }, fromLink: true, problem: null };
}

function onCurve(points: CurvePoint[], threshold: number): CurvePoint | null {
	let hit: CurvePoint | null = null;
	for (const p of points) if (p.threshold >= threshold) hit = p;
	return hit;
}

export class ThresholdState extends ParamState(params, ['scores', 'labels']) {
	data = $state.raw<ScoredSet>({ scores: [], labels: [] });
	fromLink = $state(false);
	problem = $state<string | null>(null);
	costProblem = $state<string | null>(null);
	selected = $state<Cell | null>(null);

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		const r = resolveData(this.set, initial.scores ?? [], initial.labels ?? []);
		this.data = r.data;
		this.fromLink = r.fromLink;
		this.problem = r.problem;
	}

	confusion = $derived(confusionFromScores(this.data.scores, this.data.labels, this.threshold));
	metrics = $derived(metricsFrom(this.confusion));
	positives = $derived(this.confusion.tp + this.confusion.fn);
	negatives = $derived(this.confusion.tn + this.confusion.fp);
	roc = $derived(rocPoints(this.data.scores, this.data.labels));
	pr = $derived(prCurve(this.data.scores, this.data.labels));
	auc = $derived(rocAuc(this.data.scores, this.data.labels));
	ap = $derived(averagePrecision(this.data.scores, this.data.labels));
	cheapest = $derived(cheapestThreshold(this.data.scores, this.data.labels, this.cost, 1));
	currentCost = $derived(this.cost * this.confusion.fn + this.confusion.fp);
	examples = $derived<Example[]>(
		this.data.scores
			.map((score, i) => ({ id: i + 1, score, label: this.data.labels[i] }))
			.sort((a, b) => b.score - a.score || a.id - b.id)
	);
	inSelected = $derived(
		this.selected === null
			? []
			: this.examples.filter((e) => cellOf(e.score, e.label, this.threshold) === this.selected)
	);
	rocCurve = $derived<CurvePoint[]>(
		this.roc.ok ? this.roc.value.map((p) => ({ x: p.fpr, y: p.tpr, threshold: p.threshold })) : []
	);
	prPoints = $derived<CurvePoint[]>(
		this.pr.ok ? this.pr.value.map((p) => ({ x: p.recall, y: p.precision, threshold: p.threshold })) : []
	);
	/** The sweep point the current threshold sits on: the lowest distinct score ≥ threshold. */
	rocCurrent = $derived(onCurve(this.rocCurve, this.threshold));
	prCurrent = $derived(onCurve(this.prPoints, this.threshold));
	singleClass = $derived(this.positives === 0 || this.negatives === 0);

	/** A link's own scores and labels are written back; a built-in set is written by name. */
	override paramValues() {
		return {
			...(this.fromLink ? { scores: this.data.scores, labels: this.data.labels } : { set: this.set }),
			threshold: this.threshold,
			cost: this.cost
		};
	}

	/** Move the threshold; ∞ (flag nothing) becomes 1, the top of the scale. */
	setThreshold(x: number) {
		this.threshold = Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
	}

	chooseSet(name: ScoreSetName) {
		this.set = name;
		this.data = generateScores(SCORE_SETS[name]);
		this.fromLink = false;
		this.problem = null;
		this.selected = null;
	}

	typeCost(raw: string) {
		const x = /^\d+(\.\d*)?$|^\.\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
		const { min, max } = params.cost;
		if (raw.trim() === '' || !Number.isFinite(x) || x < min || x > max) {
			this.costProblem = t('th.cost.bad', { min, max, kept: this.cost });
			return;
		}
		this.costProblem = null;
		this.cost = x;
	}

	select(cell: Cell) {
		this.selected = this.selected === cell ? null : cell;
	}
}
