// Each metric as MathML: the general formula and the same formula filled in with the counts.
import type { Confusion, MetricName } from '$lib/math/metrics';
import { join, mfrac, mi, mn, mo, mrow, type MathNode } from '$lib/ui/mathml';

type Term = (c: Confusion | null) => MathNode;
const term =
	(k: keyof Confusion): Term =>
	(c) =>
		c ? mn(c[k]) : mi(k.toUpperCase());
const twice =
	(k: keyof Confusion): Term =>
	(c) =>
		mrow(mn(2), mo('·'), term(k)(c));
const sum =
	(...terms: Term[]) =>
	(c: Confusion | null) =>
		join('+', ...terms.map((f) => f(c)));

const TP = term('tp'),
	FP = term('fp'),
	FN = term('fn'),
	TN = term('tn');

const PARTS: Record<MetricName, [Term, (c: Confusion | null) => MathNode]> = {
	accuracy: [sum(TP, TN), sum(TP, TN, FP, FN)],
	precision: [TP, sum(TP, FP)],
	recall: [TP, sum(TP, FN)],
	specificity: [TN, sum(TN, FP)],
	f1: [twice('tp'), sum(twice('tp'), FP, FN)]
};

/** `TP / (TP + FP)` for metric `name`, with letters (counts = null) or with the numbers. */
export function formula(name: MetricName, counts: Confusion | null): MathNode {
	const [num, den] = PARTS[name];
	return mfrac(num(counts), den(counts));
}
