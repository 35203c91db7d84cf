import { describe, expect, it } from 'vitest';
import { formula } from './formulas';

describe('metric formulas', () => {
	const c = { tp: 93, fp: 75, fn: 58, tn: 86 };
	it('precision with letters and with the worked example', () => {
		expect(formula('precision', null)).toBe(
			'<mfrac><mi mathvariant="normal">TP</mi><mrow><mi mathvariant="normal">TP</mi><mo>+</mo><mi mathvariant="normal">FP</mi></mrow></mfrac>'
		);
		expect(formula('precision', c)).toBe(
			'<mfrac><mn>93</mn><mrow><mn>93</mn><mo>+</mo><mn>75</mn></mrow></mfrac>'
		);
	});
	it('accuracy and F1 filled in', () => {
		expect(formula('accuracy', c)).toBe(
			'<mfrac><mrow><mn>93</mn><mo>+</mo><mn>86</mn></mrow><mrow><mn>93</mn><mo>+</mo><mn>86</mn><mo>+</mo><mn>75</mn><mo>+</mo><mn>58</mn></mrow></mfrac>'
		);
		expect(formula('f1', c)).toContain(
			'<mrow><mn>2</mn><mo>·</mo><mn>93</mn></mrow><mo>+</mo><mn>75</mn><mo>+</mo><mn>58</mn>'
		);
	});
});
