import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overflowEdges } from './scrollable';

describe('overflowEdges', () => {
	it('marks nothing when the content fits', () => {
		expect(overflowEdges(0, 300, 300)).toBeNull();
		expect(overflowEdges(0, 301, 300)).toBeNull(); // a rounding pixel is not more content
	});
	it('marks the end at the start, both in the middle, the start at the end', () => {
		expect(overflowEdges(0, 500, 300)).toBe('end');
		expect(overflowEdges(100, 500, 300)).toBe('both');
		expect(overflowEdges(200, 500, 300)).toBe('start');
		expect(overflowEdges(199.5, 500, 300)).toBe('start'); // half a pixel left to scroll
	});
	it('reads a right-to-left box (negative scrollLeft) by its magnitude', () => {
		expect(overflowEdges(-200, 500, 300)).toBe('start');
	});
	it('marks nothing for broken sizes', () => {
		expect(overflowEdges(Number.NaN, 500, 300)).toBeNull();
		expect(overflowEdges(0, Number.POSITIVE_INFINITY, 300)).toBeNull();
	});
	it('an edge is marked exactly when more than a pixel of content lies beyond it', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 5000, noNaN: true }),
				fc.double({ min: 0, max: 5000, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(client, extra, at) => {
					const scrollWidth = client + extra;
					const left = at * extra; // every reachable scroll position
					const edges = overflowEdges(left, scrollWidth, client);
					const start = edges === 'start' || edges === 'both';
					const end = edges === 'end' || edges === 'both';
					expect(start).toBe(extra > 1 && left > 1);
					expect(end).toBe(extra > 1 && extra - left > 1);
				}
			)
		);
	});
});
