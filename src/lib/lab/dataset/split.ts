// Choosing images out of a data set: copying, subsets, a seeded stratified hold-out.
import { rng, shuffle } from '$lib/math/rng';
import type { Dataset } from './types';
import { toUnit } from './pixels';

/** Images `idx` of `ds` as floats in 0…1, one after another (a batch for the model). */
export function gather(ds: Dataset, idx: readonly number[], out?: Float32Array): Float32Array {
	const n = ds.size * ds.size;
	const buf = out ?? new Float32Array(idx.length * n);
	idx.forEach((j, i) => toUnit(ds.pixels.subarray(j * n, (j + 1) * n), buf.subarray(i * n, (i + 1) * n)));
	return buf;
}

/** Copy images `idx` of `ds` into one byte buffer. */
function copyBytes(ds: Dataset, idx: readonly number[]): Uint8Array {
	const n = ds.size * ds.size;
	const buf = new Uint8Array(idx.length * n);
	idx.forEach((j, i) => buf.set(ds.pixels.subarray(j * n, (j + 1) * n), i * n));
	return buf;
}

/** Hold out a stratified share of `ds` (seeded) as validation (or test) data. */
export function splitValidation(ds: Dataset, share: number, seed: number): { train: Dataset; val: Dataset } {
	const r = rng(seed * 13 + 5);
	const pos: number[] = [],
		neg: number[] = [];
	for (let i = 0; i < ds.count; i++) (ds.labels[i] ? pos : neg).push(i);
	const hold = (xs: number[]) => shuffle(r, xs).slice(0, Math.round(xs.length * share));
	const held = new Set([...hold(pos), ...hold(neg)]);
	const keep = (want: boolean) =>
		Array.from({ length: ds.count }, (_, i) => i).filter((i) => held.has(i) === want);
	return { train: subset(ds, keep(false)), val: subset(ds, keep(true)) };
}

export function subset(ds: Dataset, idx: number[]): Dataset {
	return {
		size: ds.size,
		count: idx.length,
		pixels: copyBytes(ds, idx),
		labels: Uint8Array.from(idx, (i) => ds.labels[i]),
		names: ds.names ? idx.map((i) => ds.names![i]) : undefined
	};
}

/**
 * Two fixed halves of a labelled set, so that one can be used to calibrate (say, a generator
 * against real photos) and the other to judge: within each class, in the set's own order, images
 * 0, 2, 4, … of that class go to `calibration` and 1, 3, 5, … to `heldOut`.
 */
export function alternateHalves(labels: ArrayLike<number>): { calibration: number[]; heldOut: number[] } {
	const calibration: number[] = [],
		heldOut: number[] = [];
	const seen = new Map<number, number>();
	for (let i = 0; i < labels.length; i++) {
		const k = seen.get(labels[i]) ?? 0;
		seen.set(labels[i], k + 1);
		(k % 2 === 0 ? calibration : heldOut).push(i);
	}
	return { calibration, heldOut };
}
