import { describe, expect, it } from 'vitest';
import { readParams } from '$lib/embed/params';
import { t } from '$lib/i18n';
import { PoolingState } from './pooling.svelte';
import { params } from './params';

const fromQuery = (q: string) => new PoolingState(readParams(params, q).values);
const map = (n: number) =>
	Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => String(r * n + c)).join(',')).join(
		';'
	);
const message = (s: PoolingState) =>
	t(s.missedKey, { r: s.missedRows, c: s.missedCols, s: s.stride, size: s.size });

describe('PoolingState: the rows and columns pooling drops', () => {
	it('counts every cell no window covers, gaps between windows included', () => {
		// Reference: walk the windows o·s … o·s + k − 1 for o = 0 … ⌊(n − k)/s⌋ and mark their cells.
		for (let n = 2; n <= 8; n++)
			for (let size = 1; size <= n; size++)
				for (let stride = 1; stride <= 8; stride++) {
					const s = fromQuery(`input=${map(n)}&size=${size}&stride=${stride}`);
					const covered = new Set<number>();
					for (let o = 0; o * stride + size <= n; o++)
						for (let i = 0; i < size; i++) covered.add(o * stride + i);
					expect(s.missedRows, `n=${n} size=${size} stride=${stride}`).toBe(n - covered.size);
					expect(s.missedCols).toBe(n - covered.size);
				}
	});
	it('says "the last row" for one, counts several, and names gaps when the stride exceeds the window', () => {
		expect(message(fromQuery(`input=${map(5)}&size=2&stride=2`))).toBe(
			'The window never reaches the last row and the last column: pooling drops them.'
		);
		expect(message(fromQuery(`input=${map(8)}&size=3&stride=3`))).toContain(
			'the last 2 rows and the last 2 columns'
		);
		// 1×1 windows at 0, 3, 6 of 7: rows 1, 2, 4, 5 are never pooled, and none is "last".
		const gaps = fromQuery(`input=${map(7)}&size=1&stride=3`);
		expect(gaps.missedRows).toBe(4);
		expect(message(gaps)).toBe(
			'With stride 3 larger than the window (1), the windows leave gaps: 4 rows and 4 columns are never pooled.'
		);
	});
});
