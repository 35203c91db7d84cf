import { describe, expect, it } from 'vitest';
import { fmt } from './format';

describe('fmt', () => {
	it.each([
		[93 / 168, 3, '0.554'],
		[0.97, 3, '0.97'],
		[1, 3, '1'],
		[-0.0001, 3, '0'],
		[1234.5678, 1, '1234.6'],
		[NaN, 3, '—'],
		[Infinity, 3, '—']
	])('%s with %s digits → %s', (x, d, want) => expect(fmt(x, d)).toBe(want));
});
