// ParamField takes its range from the widget's parameter table: the NumberField it renders shows
// the state's field of that parameter and refuses what the table refuses.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { int, num } from '$lib/embed/params';
import ParamField from './ParamField.svelte';

const params = {
	'shift-x': num({ min: -0.5, max: 0.5, default: 0 }),
	steps: int({ min: 0, max: 9, default: 3 })
};
const html = (props: Record<string, unknown>) =>
	render(ParamField, { props } as never).body.replace(/<!--[^>]*-->/g, '');

describe('ParamField', () => {
	it('shows the value of the field named after the parameter (shift-x → shiftX)', () => {
		const out = html({ label: 'Shift', params, name: 'shift-x', state: { shiftX: 0.25, steps: 4 } });
		expect(out).toContain('data-field="shift-x"');
		expect(out).toContain('value="0.25"');
		expect(out).toContain('>Shift</label>');
		expect(html({ label: 'Steps', params, name: 'steps', state: { shiftX: 0.25, steps: 4 } })).toContain(
			'value="4"'
		);
	});
});
