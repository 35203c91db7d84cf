import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { legibleSize } from './legible-text';

describe('legibleSize', () => {
	it('leaves text that is already large enough alone', () => {
		expect(legibleSize(12, 1, 12)).toBeNull();
		expect(legibleSize(20, 0.6, 12)).toBeNull(); // 12 px on screen exactly
	});
	it('raises small text to the minimum on screen', () => {
		expect(legibleSize(12, 0.5, 12)).toBe(24); // 12 units at half size → 24 units = 12 px
		expect(legibleSize(10, 1, 24)).toBe(24);
	});
	it('does nothing for undrawn text or a broken size', () => {
		expect(legibleSize(12, 0, 12)).toBeNull();
		expect(legibleSize(Number.NaN, 1, 12)).toBeNull();
	});
	it('the result, drawn at the scale, is never under the minimum and never shrinks text', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 100, noNaN: true }),
				fc.double({ min: 0.01, max: 10, noNaN: true }),
				fc.integer({ min: 8, max: 40 }),
				(b, s, min) => {
					const r = legibleSize(b, s, min);
					const drawn = (r ?? b) * s;
					expect(drawn).toBeGreaterThanOrEqual(min - 1e-9);
					expect(r ?? b).toBeGreaterThanOrEqual(b);
				}
			)
		);
	});
});
