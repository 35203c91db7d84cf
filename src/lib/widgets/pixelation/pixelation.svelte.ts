import { ParamState } from '$lib/embed/state.svelte';
import { atSize, pitPicture, type AtSize, type PitPicture } from './pixelation';
import { params } from './params';

/** The last few drawn parts (a 300 px part takes about 0.1 s to draw), by seed. */
// a plain cache, not state: nothing reads it reactively
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const drawn = new Map<number, PitPicture>();
function picture(seed: number): PitPicture {
	let p = drawn.get(seed);
	if (!p) {
		p = pitPicture(seed);
		if (drawn.size >= 4) drawn.delete(drawn.keys().next().value!);
		drawn.set(seed, p);
	}
	return p;
}

export class PixelationState extends ParamState(params) {
	part = $derived(picture(this.seed));
	views = $derived<AtSize[]>(this.sizes.map((n) => atSize(this.part, n)));
	/** Where the pit darkens the full picture most, as fractions of the side (for the marker). */
	mark = $derived.by(() => {
		const [r, c] = atSize(this.part, 300).at;
		return { top: (r + 0.5) / 300, left: (c + 0.5) / 300 };
	});
	/** The 300 px pit diameter, for the summary. */
	fullPx = $derived(atSize(this.part, 300).pitPx);
}
