// Lesson 10's "what did the model look at?" section: its numbers are the lab's own settings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchStarts } from '$lib/math/saliency';
import { occlusionSettings } from '$lib/lab/saliency';
import { POINTING_PARTS, pointingMargin } from '$lib/lab/pointing';
import { LAB_DEFAULTS } from '$lib/lab/defaults';
import { en } from '$lib/i18n/en';

const text = readFileSync(
	new URL('../../../content/lessons/10-case-study/index.md', import.meta.url),
	'utf8'
).replace(/\s+/g, ' ');

describe('lesson 10: occlusion maps and the pointing game', () => {
	const size = LAB_DEFAULTS.size;
	const { patch, stride } = occlusionSettings(new Float32Array(size * size), size);
	it('the patch, its passes and the margin are the lab’s', () => {
		expect(text).toContain(`A patch an eighth of the picture wide (${patch} pixels at ${size})`);
		const n = patchStarts(size, patch, stride).length;
		expect(text).toContain(`it needs ${n} × ${n} = ${n * n} passes`);
		expect(text).toContain(`a ${size}×${size} part would need ${(size * size).toLocaleString('en')} passes`);
		const m = pointingMargin(stride);
		expect(text).toContain(`The margin is ${m} pixels at ${size}: the map has a value only every ${stride} pixels`);
		expect(text).toContain(`$${stride} \\cdot \\sqrt{2} / 2 \\approx ${((stride * Math.SQRT2) / 2).toFixed(1)}$`);
		expect(text).toContain(`the lab draws ${POINTING_PARTS} defective parts`);
		expect(text).toContain(`The score is hits / ${POINTING_PARTS}.`);
	});
	it('the Try-this steps name the lab’s own buttons and options', () => {
		for (const key of [
			'lab.pointing.play',
			'lab.data.shortcut',
			'lab.data.shortcut.mark',
			'lab.data.shortcut.none',
			'lab.data.generate',
			'lab.heldout.draw',
			'lab.saliency.explain',
			'lab.inspect.part'
		] as const) {
			const label = en[key].replace('{n}', String(POINTING_PARTS));
			expect(text, key).toContain(`**${label}**`);
		}
		expect(text).toContain('`shortcut=mark`');
	});
});
