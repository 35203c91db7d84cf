import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, join, math, mfrac, mi, mn, mo, mrow, mtext } from './mathml';

describe('mathml', () => {
	it('builds a filled-in fraction', () => {
		expect(math(mfrac(mn(93), join('+', mn(93), mn(75))))).toBe(
			'<math><mfrac><mn>93</mn><mrow><mn>93</mn><mo>+</mo><mn>75</mn></mrow></mfrac></math>'
		);
	});
	it('sets multi-letter identifiers upright, single letters as usual', () => {
		expect(mi('TP')).toBe('<mi mathvariant="normal">TP</mi>');
		expect(mi('x')).toBe('<mi>x</mi>');
	});
	it('block display and an accessible label', () => {
		expect(math(mrow(mi('x'), mo('='), mn(1)), { display: 'block', label: 'x = 1' })).toBe(
			'<math display="block" aria-label="x = 1"><mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow></math>'
		);
	});
	it('escapes any text so user input cannot become markup', () => {
		expect(mtext('<img src=x onerror=alert(1)>')).toBe('<mtext>&lt;img src=x onerror=alert(1)&gt;</mtext>');
		expect(math(mn(1), { label: '"><script>' })).toBe(
			'<math aria-label="&quot;&gt;&lt;script&gt;"><mn>1</mn></math>'
		);
		fc.assert(
			fc.property(fc.string(), (s) => {
				const e = escapeText(s);
				expect(e).not.toMatch(/[<>"']/);
				expect(
					e
						.replace(/&lt;/g, '<')
						.replace(/&gt;/g, '>')
						.replace(/&quot;/g, '"')
						.replace(/&#39;/g, "'")
						.replace(/&amp;/g, '&')
				).toBe(s);
			})
		);
	});
});
