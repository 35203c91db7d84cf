// Lesson 10's "what did the model look at?" section, in each language it is written in: its
// numbers are the lab's own settings (written the way the language writes numbers), and its
// Try-this steps name the lab's buttons as the lab labels them in that language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchStarts } from '$lib/math/saliency';
import { occlusionSettings } from '$lib/lab/saliency';
import { POINTING_PARTS, pointingMargin } from '$lib/lab/pointing';
import { LAB_DEFAULTS } from '$lib/lab/defaults';
import { formatNumber } from '$lib/i18n/number';
import type { Locale } from '$lib/i18n/locale';
import { en } from '$lib/i18n/en';
import { id } from '$lib/i18n/id';

const size = LAB_DEFAULTS.size;
const { patch, stride } = occlusionSettings(new Float32Array(size * size), size);
const n = patchStarts(size, patch, stride).length;
const margin = pointingMargin(stride);
/** The reach of a patch centre, as TeX writes it in a language (`{,}` for a decimal comma). */
const reach = (locale: Locale) =>
	((stride * Math.SQRT2) / 2).toFixed(1).replace('.', locale === 'id' ? '{,}' : '.');

/** The lab buttons both pages name in their Try-this steps. */
const BUTTONS = [
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
	'lab.train.class-weight'
] as const;

const PAGES = [
	{
		locale: 'en' as const,
		file: 'index.md',
		strings: en,
		buttons: BUTTONS,
		says: [
			`A patch an eighth of the picture wide (${patch} pixels at ${size})`,
			`it needs ${n} × ${n} = ${n * n} passes`,
			`a ${size}×${size} part would need ${formatNumber(size * size, 'en')} passes`,
			`The margin is ${margin} pixels at ${size}: the map has a value only every ${stride} pixels`,
			`$${stride} \\cdot \\sqrt{2} / 2 \\approx ${reach('en')}$`,
			`the lab draws ${POINTING_PARTS} defective parts`,
			`The score is hits / ${POINTING_PARTS}.`
		]
	},
	{
		locale: 'id' as const,
		file: 'index.id.md',
		strings: id,
		buttons: [...BUTTONS, 'lab.predict.folder'] as const,
		says: [
			`(${patch} piksel pada ${size})`,
			`${n} × ${n} = ${n * n} kali proses`,
			`komponen ${size}×${size} akan memerlukan ${formatNumber(size * size, 'id')} kali proses`,
			`Margin-nya ${margin} piksel pada ${size}`,
			`nilai setiap ${stride} piksel`,
			`$${stride} \\cdot \\sqrt{2} / 2 \\approx ${reach('id')}$`,
			`lab membuat ${POINTING_PARTS} komponen cacat`,
			`tepat sasaran / ${POINTING_PARTS}.`
		]
	}
];

describe.each(PAGES)('lesson 10 ($locale): occlusion maps and the pointing game', (page) => {
	const text = readFileSync(
		new URL(`../../../content/lessons/10-case-study/${page.file}`, import.meta.url),
		'utf8'
	).replace(/\s+/g, ' ');
	it('the patch, its passes and the margin are the lab’s, with the language’s number signs', () => {
		for (const phrase of page.says) expect(text).toContain(phrase);
	});
	it('the Try-this steps name the lab’s own buttons and options, as the lab labels them', () => {
		for (const key of page.buttons) {
			const label = page.strings[key].replace('{n}', String(POINTING_PARTS));
			expect(text, key).toContain(`**${label}**`);
		}
		expect(text).toContain('`shortcut=mark`');
	});
});
