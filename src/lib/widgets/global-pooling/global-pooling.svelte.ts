import { ParamState } from '$lib/embed/state.svelte';
import { analyse, type Layer } from '$lib/math/architecture';
import { fromRows } from '$lib/math/conv';
import { flatten, pool2d } from '$lib/math/pooling';
import { params } from './params';

/** Three small feature maps for the picture: a spot found in map 0, an edge in map 1, little in 2. */
export const EXAMPLE_MAPS = [
	[
		[0, 1, 0, 0],
		[1, 5, 1, 0],
		[0, 1, 0, 0],
		[0, 0, 0, 0]
	],
	[
		[0, 0, 3, 0],
		[0, 0, 3, 0],
		[0, 0, 3, 0],
		[0, 0, 2, 0]
	],
	[
		[0, 0, 0, 0],
		[0, 1, 0, 0],
		[0, 0, 0, 0],
		[0, 0, 0, 1]
	]
];

export class GlobalPoolingState extends ParamState(params) {
	/** Shapes and parameter counts, as the lab computes them, after `flatten` or global max pooling. */
	#dense = $derived<Layer>({ type: 'dense', units: this.units, activation: 'relu' });
	flat = $derived(analyse([{ type: 'flatten' }, this.#dense], this.size, this.channels));
	global = $derived(analyse([{ type: 'globalMaxPool' }, this.#dense], this.size, this.channels));
	flatLength = $derived(this.flat[0].shape![0]);
	globalLength = $derived(this.global[0].shape![0]);
	flatParams = $derived(this.flat[1].params);
	globalParams = $derived(this.global[1].params);

	maps = EXAMPLE_MAPS.map((m) => fromRows(m));
	/** The small example flattened as Keras does an h×w×c tensor: position by position, the
	 * channels interleaved (value (r, c) of map k at index (r·w + c)·C + k). */
	exampleFlat = Float64Array.from(
		Array.from(this.maps[0].data).flatMap((_, i) => this.maps.map((g) => flatten(g)[i]))
	);
	exampleGlobal = Float64Array.from(this.maps.map((g) => pool2d(g, g.h, g.h, 'max').data[0]));
}
