import { describe, expect, it } from 'vitest';
import { isLabLesson, longestIn } from './bench-lib.js';

describe('bench helpers', () => {
	it('takes the longest task overlapping the window only', () => {
		const tasks = [
			[0, 500],
			[900, 80],
			[1000, 60],
			[1500, 120],
			[3000, 900]
		];
		expect(longestIn(tasks, 1000, 2000)).toBe(120);
		expect(longestIn(tasks, 950, 990)).toBe(80);
		expect(longestIn([], 0, 10)).toBe(0);
		expect(longestIn(tasks, 2000, 2500)).toBe(0);
	});
	it('knows which lessons carry the lab', () => {
		expect(isLabLesson('12-case-study')).toBe(true);
		expect(isLabLesson('03-convolution')).toBe(false);
	});
});
