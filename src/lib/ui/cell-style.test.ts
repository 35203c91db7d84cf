import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { divergingStyle, divergingT, grayLevel, grayLuminance, grayStyle } from './cell-style';

describe('diverging scale', () => {
	it('puts zero in the middle and keeps the sign', () => {
		expect(divergingT(0, 5)).toBe(0);
		expect(divergingT(-5, 5)).toBe(-1);
		expect(divergingT(2.5, 5)).toBe(0.5);
		expect(divergingT(3, 0)).toBe(0);
		expect(divergingStyle(0, 4)).toBe('');
		expect(divergingStyle(-4, 4)).toContain('--neg) 45%');
		expect(divergingStyle(2, 4)).toContain('--pos) 23%');
	});
	it('is odd and bounded', () => {
		fc.assert(
			fc.property(
				fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
				fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
				(v, m) => {
					const t = divergingT(v, m);
					expect(Math.abs(t)).toBeLessThanOrEqual(1);
					expect(divergingT(-v, m)).toBeCloseTo(-t, 12);
				}
			)
		);
	});
});

describe('gray pixels', () => {
	it('maps lo…hi to 0…255 and picks readable ink', () => {
		expect(grayLevel(0, 0, 255)).toBe(0);
		expect(grayLevel(1, 0, 1)).toBe(255);
		expect(grayLevel(5, 5, 5)).toBe(128);
		expect(grayStyle(0, 0, 1)).toContain('#fff');
		expect(grayStyle(1, 0, 1)).toContain('#000');
	});
	it('black or white ink always contrasts at least 4.5:1', () => {
		for (let g = 0; g <= 255; g++) {
			const L = grayLuminance(g);
			const ratio = L >= 0.179 ? (L + 0.05) / 0.05 : 1.05 / (L + 0.05);
			expect(ratio).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('diverging colours keep the text readable', () => {
	// The theme colours of src/app.css: [surface, text, pos, neg].
	const themes = {
		light: ['#ffffff', '#1b1e22', '#b3261e', '#0b5cad'],
		dark: ['#1d2024', '#e8eaed', '#ff8a80', '#7cb7ff']
	};
	const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const lum = (c: number[]) =>
		c
			.map((v) => v / 255)
			.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
			.reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
	it.each(Object.entries(themes))(
		'%s theme: ≥ 4.5:1 at the strongest shade',
		(_, [surface, text, pos, neg]) => {
			const pct = Number(/(\d+)%/.exec(divergingStyle(1, 1))![1]) / 100;
			for (const hue of [pos, neg]) {
				const mix = rgb(hue).map((v, i) => pct * v + (1 - pct) * rgb(surface)[i]);
				const [a, b] = [lum(mix), lum(rgb(text))].sort((x, y) => y - x);
				expect((a + 0.05) / (b + 0.05)).toBeGreaterThanOrEqual(4.5);
			}
		}
	);
});
