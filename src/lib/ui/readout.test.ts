import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Readout from './Readout.svelte';

// Server-rendered markup without Svelte's hydration comments.
const html = (o: { props: Record<string, unknown> }) =>
	render(Readout, o as never).body.replace(/<!--[^>]*-->/g, '');

describe('Readout', () => {
	it('writes the unrounded value in data-value and the text inside', () => {
		expect(html({ props: { name: 'loss', value: 0.1 + 0.2, text: '0.3' } })).toBe(
			'<output name="loss" data-value="0.30000000000000004">0.3</output>'
		);
	});

	it("holds '' where the value is undefined, and the reason as text", () => {
		expect(html({ props: { name: 'precision', value: null, text: 'undefined' } })).toBe(
			'<output name="precision" data-value="">undefined</output>'
		);
		expect(html({ props: { name: 'precision', value: undefined } })).toBe(
			'<output name="precision" data-value=""></output>'
		);
	});

	it('keeps words as they are and passes other attributes through', () => {
		expect(
			html({ props: { name: 'status', value: 'converged', text: 'Converged', class: 'status converged' } })
		).toBe('<output name="status" data-value="converged" class="status converged">Converged</output>');
		expect(html({ props: { name: 'row', value: 3, hidden: true } })).toBe(
			'<output name="row" data-value="3" hidden=""></output>'
		);
	});
});
