// Lesson 10 in Bahasa Indonesia: its occlusion-map numbers are the lab's settings written the
// Indonesian way, and its Try-this steps name the buttons as the Indonesian lab labels them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchStarts } from '$lib/math/saliency';
import { occlusionSettings } from '$lib/lab/saliency';
import { POINTING_PARTS, pointingMargin } from '$lib/lab/pointing';
import { LAB_DEFAULTS } from '$lib/lab/defaults';
import { formatNumber } from '$lib/i18n/number';
import { id } from '$lib/i18n/id';

const text = readFileSync(new URL('../../../content/lessons/10-case-study/index.id.md', import.meta.url), 'utf8').replace(
	/\s+/g,
	' '
);

describe('lesson 10 (id): occlusion maps and the pointing game', () => {
	const size = LAB_DEFAULTS.size;
	const { patch, stride } = occlusionSettings(new Float32Array(size * size), size);
	it('the patch, its passes and the margin are the lab’s, with Indonesian number signs', () => {
		expect(text).toContain(`(${patch} piksel pada ${size})`);
		const n = patchStarts(size, patch, stride).length;
		expect(text).toContain(`${n} × ${n} = ${n * n} kali proses`);
		expect(text).toContain(`komponen ${size}×${size} akan memerlukan ${formatNumber(size * size, 'id')} kali proses`);
		expect(text).toContain(`Margin-nya ${pointingMargin(stride)} piksel pada ${size}`);
		expect(text).toContain(`nilai setiap ${stride} piksel`);
		const reach = ((stride * Math.SQRT2) / 2).toFixed(1).replace('.', '{,}');
		expect(text).toContain(`$${stride} \\cdot \\sqrt{2} / 2 \\approx ${reach}$`);
		expect(text).toContain(`lab membuat ${POINTING_PARTS} komponen cacat`);
		expect(text).toContain(`tepat sasaran / ${POINTING_PARTS}.`);
	});
	it('the Try-this steps name the Indonesian lab’s own buttons and options', () => {
		for (const key of [
			'lab.pointing.play',
			'lab.data.shortcut',
			'lab.data.shortcut.mark',
			'lab.data.shortcut.none',
			'lab.data.generate',
			'lab.heldout.draw',
			'lab.saliency.explain',
			'lab.inspect.part',
			'lab.start',
			'lab.train.start',
			'lab.data.own',
			'lab.data.zip',
			'lab.predict.input',
			'lab.predict.folder',
			'lab.train.class-weight'
		] as const) {
			const label = id[key].replace('{n}', String(POINTING_PARTS));
			expect(text, key).toContain(`**${label}**`);
		}
		expect(text).toContain('`shortcut=mark`');
	});
});
