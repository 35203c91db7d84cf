import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromRows, toRows } from './conv';
import { flatten, pool2d, poolOutputSize, poolShape, poolWindow, poolWinners } from './pooling';

/** Independent reference: collect each window into a list, then take max / mean. */
function reference(m: number[][], size: number, stride: number, mode: 'max' | 'avg'): number[][] {
	const out: number[][] = [];
	for (let y = 0; y + size <= m.length; y += stride) {
		const row: number[] = [];
		for (let x = 0; x + size <= m[0].length; x += stride) {
			const vals = m.slice(y, y + size).flatMap((r) => r.slice(x, x + size));
			row.push(mode === 'max' ? Math.max(...vals) : vals.reduce((a, b) => a + b, 0) / vals.length);
		}
		out.push(row);
	}
	return out;
}

const matrixArb = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).chain(([h, w]) =>
	fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: w, maxLength: w }), {
		minLength: h,
		maxLength: h
	})
);

// A 6×6 feature map whose 2×2 max-pooling is the course's pooled map 1,1,0;4,2,1;0,2,1.
const six = [
	[1, 0, 0, 1, 0, 0],
	[0, 1, 1, 0, 0, 0],
	[4, 2, 2, 0, 1, 0],
	[1, 3, 1, 1, 0, 1],
	[0, 0, 1, 2, 0, 1],
	[0, 0, 0, 1, 1, 0]
];

describe('pool2d', () => {
	it.each([
		{
			name: '2×2 max, stride 2 (the lesson’s map)',
			m: six,
			size: 2,
			stride: 2,
			mode: 'max' as const,
			want: [
				[1, 1, 0],
				[4, 2, 1],
				[0, 2, 1]
			]
		},
		{
			name: '2×2 average, stride 2',
			m: six,
			size: 2,
			stride: 2,
			mode: 'avg' as const,
			want: [
				[0.5, 0.5, 0],
				[2.5, 1, 0.5],
				[0, 1, 0.5]
			]
		},
		{
			name: '2×2 max, stride 1, negatives',
			m: [
				[-1, -2, -3],
				[-4, -5, -6]
			],
			size: 2,
			stride: 1,
			mode: 'max' as const,
			want: [[-1, -2]]
		},
		{
			name: '3×3 max, stride 2 leaves the last column of a 4×4',
			m: [
				[1, 2, 3, 9],
				[4, 5, 6, 9],
				[7, 8, 0, 9],
				[9, 9, 9, 9]
			],
			size: 3,
			stride: 2,
			mode: 'max' as const,
			want: [[8]]
		},
		{
			name: '1×1 window is the identity',
			m: [[3, -1]],
			size: 1,
			stride: 1,
			mode: 'avg' as const,
			want: [[3, -1]]
		}
	])('$name', ({ m, size, stride, mode, want }) => {
		expect(toRows(pool2d(fromRows(m), size, stride, mode))).toEqual(want);
	});

	it('matches an independent reference for any sizes and strides', () => {
		fc.assert(
			fc.property(
				matrixArb,
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 1, max: 4 }),
				fc.constantFrom('max' as const, 'avg' as const),
				(m, size, stride, mode) => {
					fc.pre(size <= m.length && size <= m[0].length);
					const got = toRows(pool2d(fromRows(m), size, stride, mode));
					const want = reference(m, size, stride, mode);
					expect(got.length).toBe(want.length);
					got.forEach((r, y) => r.forEach((v, x) => expect(v).toBeCloseTo(want[y][x], 9)));
				}
			)
		);
	});

	it('max-pooling is ≥ average pooling, element by element; shapes follow ⌊(n − size)/s⌋ + 1', () => {
		fc.assert(
			fc.property(
				matrixArb,
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 1, max: 4 }),
				(m, size, stride) => {
					fc.pre(size <= m.length && size <= m[0].length);
					const g = fromRows(m);
					const mx = pool2d(g, size, stride, 'max');
					const av = pool2d(g, size, stride, 'avg');
					expect(mx.h).toBe(Math.floor((m.length - size) / stride) + 1);
					expect(mx.w).toBe(Math.floor((m[0].length - size) / stride) + 1);
					mx.data.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(av.data[i] - 1e-12));
				}
			)
		);
	});

	it('refuses a window that does not fit and bad sizes or strides', () => {
		const g = fromRows([
			[1, 2],
			[3, 4]
		]);
		expect(() => pool2d(g, 3, 1, 'max')).toThrow(RangeError);
		expect(() => pool2d(g, 0, 1, 'max')).toThrow(RangeError);
		expect(() => pool2d(g, 1, 0, 'avg')).toThrow(RangeError);
		expect(() => pool2d(g, 1.5, 1, 'avg')).toThrow(RangeError);
		expect(poolOutputSize(2, 3, 1)).toBe(0);
		expect(poolShape({ h: 7, w: 4 }, 2, 2)).toEqual({ h: 3, w: 2 });
	});
});

describe('poolWindow', () => {
	it('lists the window behind an output cell and gives that cell’s value', () => {
		fc.assert(
			fc.property(
				matrixArb,
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 3 }),
				fc.constantFrom('max' as const, 'avg' as const),
				fc.nat(),
				(m, size, stride, mode, pick) => {
					fc.pre(size <= m.length && size <= m[0].length);
					const g = fromRows(m);
					const out = pool2d(g, size, stride, mode);
					const i = pick % out.data.length;
					const row = Math.floor(i / out.w);
					const col = i % out.w;
					const w = poolWindow(g, size, stride, mode, row, col);
					expect(w.cells).toHaveLength(size * size);
					expect(w.value).toBeCloseTo(out.data[i], 12);
					expect(w.cells[0]).toEqual({
						row: row * stride,
						col: col * stride,
						value: m[row * stride][col * stride]
					});
				}
			)
		);
	});
	it('refuses a cell outside the output', () => {
		expect(() => poolWindow(fromRows(six), 2, 2, 'max', 3, 0)).toThrow(RangeError);
	});
});

describe('flatten', () => {
	it('turns the lesson’s pooled map into its 9 values, row by row', () => {
		expect(
			flatten(
				fromRows([
					[1, 1, 0],
					[4, 2, 1],
					[0, 2, 1]
				])
			)
		).toEqual([1, 1, 0, 4, 2, 1, 0, 2, 1]);
	});
	it('has length h·w and keeps every value in row-major order', () => {
		fc.assert(
			fc.property(matrixArb, (m) => {
				const v = flatten(fromRows(m));
				expect(v).toHaveLength(m.length * m[0].length);
				expect(v).toEqual(m.flat());
			})
		);
	});
});

describe('poolWinners', () => {
	it('max: the cells equal to the output, none larger; average: none', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 3 }),
				fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 36, maxLength: 36 }),
				(size, stride, values) => {
					const g = { h: 6, w: 6, data: Float64Array.from(values) };
					const { h, w } = poolShape(g, size, stride);
					for (let r = 0; r < h; r++)
						for (let c = 0; c < w; c++) {
							const win = poolWindow(g, size, stride, 'max', r, c);
							const winners = poolWinners(win, 'max');
							// Independent check: scan the window by hand.
							let best = -Infinity;
							for (let i = 0; i < size; i++)
								for (let j = 0; j < size; j++)
									best = Math.max(best, values[(r * stride + i) * 6 + c * stride + j]);
							expect(winners.length).toBeGreaterThan(0);
							for (const p of winners) {
								expect(values[p.row * 6 + p.col]).toBe(best);
								expect(p.row - r * stride).toBeLessThan(size);
								expect(p.col - c * stride).toBeLessThan(size);
							}
							const count = win.cells.filter((x) => x.value === best).length;
							expect(winners.length).toBe(count);
							expect(poolWinners(poolWindow(g, size, stride, 'avg', r, c), 'avg')).toEqual([]);
						}
				}
			)
		);
	});

	it('a tie names every maximal cell', () => {
		const g = fromRows([
			[5, 1],
			[5, 2]
		]);
		expect(poolWinners(poolWindow(g, 2, 2, 'max', 0, 0), 'max')).toEqual([
			{ row: 0, col: 0 },
			{ row: 1, col: 0 }
		]);
	});
});
