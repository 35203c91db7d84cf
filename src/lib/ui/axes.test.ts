import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { scaleLinear } from 'd3-scale';
import Axes from './Axes.svelte';

const x = scaleLinear().domain([0, 10]).range([40, 240]);
const y = scaleLinear().domain([0, 1]).range([150, 10]);
const markup = (props: Record<string, unknown>) => render(Axes, { props: props as never }).body;
const ticks = (html: string, axis: 'x' | 'y') =>
	[
		...html.matchAll(
			new RegExp(`<g transform="translate\\(([^)]*)\\)" data-tick-${axis}="([^"]*)">(.*?)</g>`, 'g')
		)
	].map((m) => ({ at: m[1], v: Number(m[2]), text: m[3].match(/<text[^>]*>([^<]*)<\/text>/)?.[1] }));

describe('Axes', () => {
	it("puts d3's nice ticks where the scales put their values, labelled by format", () => {
		const html = markup({ x, y, format: (v: number) => `<${v}>`.replace(/[<>]/g, '') + '!' });
		const xt = ticks(html, 'x');
		expect(xt.map((t) => t.v)).toEqual([0, 2, 4, 6, 8, 10]);
		for (const t of xt) {
			expect(t.at).toBe(`${40 + t.v * 20},150`);
			expect(t.text).toBe(`${t.v}!`);
		}
		const yt = ticks(html, 'y');
		expect(yt.map((t) => t.v)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		for (const t of yt) expect(Number(t.at.split(',')[1])).toBeCloseTo(150 - t.v * 140, 9);
	});

	it('takes the tick values themselves', () => {
		const html = markup({ x, y, xTicks: [0, 5, 10], yTicks: [0, 0.5, 1] });
		expect(ticks(html, 'x').map((t) => t.v)).toEqual([0, 5, 10]);
		expect(ticks(html, 'y').map((t) => t.v)).toEqual([0, 0.5, 1]);
	});

	it('draws an x axis alone at the baseline, with no y ticks', () => {
		const html = markup({ x, baseline: 90, xTicks: [0, 10] });
		expect(ticks(html, 'x').map((t) => t.at)).toEqual(['40,90', '240,90']);
		expect(ticks(html, 'y')).toEqual([]);
	});

	it('draws grid lines, domain lines and tick marks only when asked', () => {
		const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
		const plain = markup({ x, y, xTicks: [0, 10], yTicks: [0, 1], domain: false, tickMarks: false });
		expect(count(plain, /<line/g)).toBe(0);
		const gridded = markup({
			x,
			y,
			xTicks: [0, 10],
			yTicks: [0, 1],
			grid: true,
			domain: false,
			tickMarks: false
		});
		expect(count(gridded, /<line class="grid/g)).toBe(4);
		const full = markup({ x, y, xTicks: [0, 10], yTicks: [0, 1] });
		expect(count(full, /<line/g)).toBe(2 + 4);
	});

	it('places labels at the ends or centred along the axes', () => {
		const corner = markup({ x, y, xLabel: 'z', yLabel: 'g' });
		expect(corner).toMatch(/<text class="label[^"]*" x="240" y="178" text-anchor="end">z<\/text>/);
		const centre = markup({ x, y, xLabel: 'z', yLabel: 'g', labels: 'centre' });
		expect(centre).toMatch(/<text class="label[^"]*" x="140" y="180" text-anchor="middle">z<\/text>/);
		expect(centre).toMatch(/translate\(10 80\) rotate\(-90\)[^>]*>g<\/text>/);
	});
});
