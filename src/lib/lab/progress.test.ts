import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	epochDurations,
	epochSecondsLeft,
	minutesSeconds,
	secondsPerEpoch,
	trainingProgress
} from './progress';

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
});

describe('the time left from the epochs done', () => {
	it('says nothing before the first epoch has ended', () => {
		expect(secondsPerEpoch([])).toBeUndefined();
		expect(epochSecondsLeft([], 10, 42)).toBeUndefined();
	});

	it('takes each epoch’s time from the clock at its end', () => {
		expect(epochDurations([12, 16, 21])).toEqual([12, 4, 5]);
		expect(epochDurations([])).toEqual([]);
	});

	it('after one epoch, expects each of the rest to take as long', () => {
		// epoch 1 took 10 s; at 10 s, 9 epochs of 10 s are left
		expect(epochSecondsLeft([10], 10, 10)).toBe(90);
		// 4 s into epoch 2: 6 s of it and 8 more epochs
		expect(epochSecondsLeft([10], 10, 14)).toBe(86);
	});

	it('leaves the warm-up epoch out once a later one is done, and adapts', () => {
		// epoch 1 took 12 s (warm-up), epochs 2 and 3 took 4 and 5 s: 4.5 s per epoch
		expect(secondsPerEpoch([12, 16, 21])).toBe(4.5);
		expect(epochSecondsLeft([12, 16, 21], 5, 21)).toBe(9);
		// a slower epoch 4 (8 s) raises the estimate
		expect(secondsPerEpoch([12, 16, 21, 29])).toBeCloseTo(17 / 3, 12);
		expect(epochSecondsLeft([12, 16, 21, 29], 5, 29)).toBeCloseTo(17 / 3, 12);
	});

	it('never goes below 0 when an epoch runs over, and is 0 when all are done', () => {
		expect(epochSecondsLeft([10], 3, 25)).toBe(10); // epoch 2 over its 10 s: one more epoch
		expect(epochSecondsLeft([10, 20, 30], 3, 30)).toBe(0);
		expect(epochSecondsLeft([10, 20, 30], 2, 31)).toBe(0); // stopped early or fewer asked
	});

	it('counts down as the clock runs within an epoch', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 1, max: 20 }),
				fc.double({ min: 0, max: 50, noNaN: true }),
				fc.double({ min: 0, max: 50, noNaN: true }),
				(d, more, a, b) => {
					const ends = d.map((_, i) => d.slice(0, i + 1).reduce((x, y) => x + y, 0));
					const epochs = ends.length + more;
					const now = ends.at(-1)!;
					const [t1, t2] = a <= b ? [a, b] : [b, a];
					const l1 = epochSecondsLeft(ends, epochs, now + t1)!;
					const l2 = epochSecondsLeft(ends, epochs, now + t2)!;
					expect(l2).toBeLessThanOrEqual(l1 + 1e-9);
					expect(l2).toBeGreaterThanOrEqual(0);
					expect(l1).toBeLessThanOrEqual(secondsPerEpoch(ends)! * more + 1e-9);
				}
			)
		);
	});

	it('writes minutes and seconds, rounded up', () => {
		expect(minutesSeconds(0)).toEqual({ min: 0, s: 0 });
		expect(minutesSeconds(4.2)).toEqual({ min: 0, s: 5 });
		expect(minutesSeconds(125)).toEqual({ min: 2, s: 5 });
		expect(minutesSeconds(-3)).toEqual({ min: 0, s: 0 });
	});
});
