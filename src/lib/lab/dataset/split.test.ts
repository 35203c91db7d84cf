import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternateHalves } from './split';

describe('alternateHalves', () => {
	it('splits a small set as written out by hand', () => {
		// class 1 at 0, 2, 3; class 0 at 1, 4, 5, 6
		const { calibration, heldOut } = alternateHalves([1, 0, 1, 1, 0, 0, 0]);
		expect(calibration).toEqual([0, 1, 3, 5]);
		expect(heldOut).toEqual([2, 4, 6]);
	});

	it('is a partition, stratified to within one image per class', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 200 }), (labels) => {
				const { calibration, heldOut } = alternateHalves(labels);
				const all = [...calibration, ...heldOut].sort((a, b) => a - b);
				expect(all).toEqual(labels.map((_, i) => i));
				for (const c of [0, 1]) {
					const a = calibration.filter((i) => labels[i] === c).length;
					const b = heldOut.filter((i) => labels[i] === c).length;
					expect(a - b === 0 || a - b === 1).toBe(true);
				}
			})
		);
	});
});
