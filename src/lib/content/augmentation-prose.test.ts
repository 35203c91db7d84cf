// Lesson 9 lists "its seven geometric transforms" with their Keras arguments. The list must name
// exactly the transforms the augmentation code draws (AugmentRanges, one per Keras argument), its
// length must be the number the sentence says, and each example value must be the augmentation
// widget's default, so that the prose, the widget and the Keras code agree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_AUGMENTATION, type AugmentRanges } from '$lib/math/augment';
import { params } from '$lib/widgets/augmentation/params';

/** The ranges with a Keras argument (the lab's exact quarter turn has none: see augment.ts). */
type KerasRange = Exclude<keyof AugmentRanges, 'quarterTurn'>;
const KERAS: Record<string, KerasRange> = {
	horizontal_flip: 'flipH',
	vertical_flip: 'flipV',
	rotation_range: 'rotate',
	width_shift_range: 'shiftX',
	height_shift_range: 'shiftY',
	zoom_range: 'zoom',
	shear_range: 'shear'
};
const WORDS: Record<string, number> = { five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

const md = readFileSync('content/lessons/09-fitting-and-augmentation/index.md', 'utf8');

/** The bullet list that follows the sentence announcing the transforms, as [argument, value]. */
function listed(): { count: number; items: [string, string][] } {
	const m = /uses its (\w+) geometric transforms[^\n]*\n\n((?:- .*\n)+)/.exec(md);
	if (!m) throw new Error('the sentence "uses its … geometric transforms" and its list are gone');
	const items = [...m[2].matchAll(/^- .*?\(`(\w+)=([^`]+)`\)/gm)].map((x) => [x[1], x[2]] as [string, string]);
	return { count: WORDS[m[1]] ?? NaN, items };
}

describe('lesson 9: the geometric transforms it lists', () => {
	it('are as many as the sentence says, and exactly the ones the code draws', () => {
		const { count, items } = listed();
		expect(items.length).toBe(count);
		expect(items.map(([k]) => KERAS[k]).sort()).toEqual(Object.keys(NO_AUGMENTATION).sort());
	});
	it("give the augmentation widget's defaults as their example values", () => {
		const d = (k: keyof typeof params) => params[k].default;
		const want: Record<KerasRange, string> = {
			flipH: params.flip.default.includes('h') ? 'True' : 'False',
			flipV: params.flip.default.includes('v') ? 'True' : 'False',
			rotate: String(d('rotate')),
			shiftX: String(d('shift-x')),
			shiftY: String(d('shift-y')),
			zoom: String(d('zoom')),
			shear: String(d('shear'))
		};
		for (const [arg, value] of listed().items) expect(value, arg).toBe(want[KERAS[arg]]);
	});
});
