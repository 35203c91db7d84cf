import { describe, expect, it } from 'vitest';
import { readParams } from '$lib/embed/params';
import { en } from '$lib/i18n/en';
import { loadWidget, widgetNames } from '$lib/widgets/registry';
import { wantsPresent } from '$lib/ui/present.svelte';
import { PRESETS, presetsFor } from './presets';

describe('instructor presets', () => {
	it('every label is an interface string', () => {
		for (const list of Object.values(PRESETS)) for (const p of list) expect(en).toHaveProperty(p.label);
	});

	it('the default state comes first, and queries are unique per widget', () => {
		for (const name of Object.keys(PRESETS)) {
			const list = presetsFor(name);
			expect(list[0].query).toBe('');
			expect(new Set(list.map((p) => p.query)).size).toBe(list.length);
		}
	});

	it('presets of the widgets that exist are read without a refused or clamped parameter', async () => {
		for (const name of widgetNames) {
			const def = (await loadWidget(name))!;
			for (const p of PRESETS[name] ?? []) {
				const r = readParams(def.params, p.query);
				expect(r.messages, `${name}?${p.query}`).toEqual([]);
				const known = Object.keys(def.params);
				for (const key of new URLSearchParams(p.query).keys())
					expect(known, `${name}: ${key}`).toContain(key);
			}
		}
	});
});

describe('present=1', () => {
	it.each([
		['present=1', true],
		['?a=2&present=true', true],
		['present=0', false],
		['', false],
		['present=yes', false]
	])('%s → %s', (q, want) => expect(wantsPresent(q)).toBe(want));
});
