import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { secondsLeft, trainingProgress } from './progress';

describe('trainingProgress', () => {
	it('counts batches over all epochs', () => {
		expect(trainingProgress({ epoch: 1, batch: 1, batches: 10 }, 4)).toEqual({
			done: 1,
			total: 40,
			fraction: 1 / 40
		});
		expect(trainingProgress({ epoch: 3, batch: 5, batches: 10 }, 4)).toEqual({
			done: 25,
			total: 40,
			fraction: 25 / 40
		});
		expect(trainingProgress({ epoch: 4, batch: 10, batches: 10 }, 4).fraction).toBe(1);
		expect(trainingProgress(null, 4)).toEqual({ done: 0, total: 0, fraction: 0 });
	});

	it('agrees with counting the batches one by one', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), (epochs, batches) => {
				let done = 0;
				for (let e = 1; e <= epochs; e++)
					for (let b = 1; b <= batches; b++) {
						done++;
						const p = trainingProgress({ epoch: e, batch: b, batches }, epochs);
						expect(p.done).toBe(done);
						expect(p.fraction).toBeCloseTo(done / (epochs * batches), 12);
					}
			})
		);
	});

	it('estimates the time left from the time per batch so far', () => {
		const p = trainingProgress({ epoch: 2, batch: 5, batches: 10 }, 4); // 15 of 40
		expect(secondsLeft(p, 30)).toBeCloseTo((30 / 15) * 25, 12);
		expect(secondsLeft(trainingProgress(null, 4), 30)).toBeUndefined();
	});
});
