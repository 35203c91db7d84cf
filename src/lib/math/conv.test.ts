import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	correlate2d,
	fromRows,
	grid,
	outputShape,
	outputSize,
	samePadding,
	toRows,
	windowAt,
	type Grid
} from './conv';

/** Independent reference: pad explicitly into a bigger array, then slide naively. */
function reference(
	input: number[][],
	kernel: number[][],
	s: [number, number],
	p: { top: number; bottom: number; left: number; right: number }
): number[][] {
	const H = input.length + p.top + p.bottom;
	const W = input[0].length + p.left + p.right;
	const padded = Array.from({ length: H }, (_, y) =>
		Array.from({ length: W }, (_, x) => input[y - p.top]?.[x - p.left] ?? 0)
	);
	const out: number[][] = [];
	for (let y = 0; y + kernel.length <= H; y += s[0]) {
		const row: number[] = [];
		for (let x = 0; x + kernel[0].length <= W; x += s[1]) {
			let acc = 0;
			for (let i = 0; i < kernel.length; i++)
				for (let j = 0; j < kernel[0].length; j++) acc += kernel[i][j] * padded[y + i][x + j];
			row.push(acc);
		}
		out.push(row);
	}
	return out;
}

const matrixArb = (maxH: number, maxW: number, min = -10, max = 10) =>
	fc.tuple(fc.integer({ min: 1, max: maxH }), fc.integer({ min: 1, max: maxW })).chain(([h, w]) =>
		fc.array(fc.array(fc.integer({ min, max }), { minLength: w, maxLength: w }), {
			minLength: h,
			maxLength: h
		})
	);

describe('correlate2d', () => {
	it('computes the course’s worked example', () => {
		const img = fromRows([
			[1, 1, 1, 0, 0],
			[0, 1, 1, 1, 0],
			[0, 0, 1, 1, 1],
			[0, 0, 1, 1, 0],
			[0, 1, 1, 0, 0]
		]);
		const k = fromRows([
			[1, 0, 1],
			[0, 1, 0],
			[1, 0, 1]
		]);
		expect(toRows(correlate2d(img, k))).toEqual([
			[4, 3, 4],
			[2, 4, 3],
			[2, 3, 4]
		]);
	});
	it('does not flip the kernel (cross-correlation)', () => {
		const img = fromRows([[1, 2, 3]]);
		expect(toRows(correlate2d(img, fromRows([[1, 0]])))).toEqual([[1, 2]]);
		expect(toRows(correlate2d(img, fromRows([[0, 1]])))).toEqual([[2, 3]]);
	});
	it('handles stride and zero padding', () => {
		const img = fromRows([
			[1, 2],
			[3, 4]
		]);
		expect(toRows(correlate2d(img, fromRows([[1]]), { padding: 1, stride: 2 }))).toEqual([
			[0, 0],
			[0, 4]
		]);
	});
	it('matches an independent reference for any sizes, strides and paddings', () => {
		fc.assert(
			fc.property(
				matrixArb(9, 9),
				matrixArb(4, 4),
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 3 }),
				fc.nat(3),
				fc.nat(3),
				fc.nat(3),
				fc.nat(3),
				(inp, ker, sy, sx, t, b, l, r) => {
					const pads = { top: t, bottom: b, left: l, right: r };
					const expected = reference(inp, ker, [sy, sx], pads);
					const shape = outputShape(fromRows(inp), fromRows(ker), { stride: [sy, sx], padding: pads });
					if (shape.h < 1 || shape.w < 1) {
						expect(() =>
							correlate2d(fromRows(inp), fromRows(ker), { stride: [sy, sx], padding: pads })
						).toThrow(RangeError);
						return;
					}
					expect(
						toRows(correlate2d(fromRows(inp), fromRows(ker), { stride: [sy, sx], padding: pads }))
					).toEqual(expected);
				}
			),
			{ numRuns: 300 }
		);
	});
	it('output shape always matches ⌊(n + 2p − k)/s⌋ + 1', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 20 }),
				fc.integer({ min: 1, max: 7 }),
				fc.integer({ min: 1, max: 4 }),
				fc.nat(4),
				(n, k, s, p) => {
					const expected = Math.floor((n + 2 * p - k) / s) + 1;
					expect(outputSize(n, k, s, p)).toBe(expected);
					if (expected >= 1) {
						const out = correlate2d(grid(n, n), grid(k, k), { stride: s, padding: p });
						expect([out.h, out.w]).toEqual([expected, expected]);
					}
				}
			)
		);
	});
	it('`same` gives ⌈n/s⌉ and `valid` pads nothing', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 1, max: 7 }),
				fc.integer({ min: 1, max: 7 }),
				fc.integer({ min: 1, max: 4 }),
				(h, w, kh, kw, s) => {
					const shape = outputShape({ h, w }, { h: kh, w: kw }, { stride: s, padding: 'same' });
					expect([shape.h, shape.w]).toEqual([Math.ceil(h / s), Math.ceil(w / s)]);
					const [before, after] = samePadding(h, kh, s);
					expect(after - before === 0 || after - before === 1).toBe(true);
				}
			)
		);
		expect(outputShape({ h: 5, w: 5 }, { h: 3, w: 3 }, { padding: 'valid' }).pads).toEqual({
			top: 0,
			bottom: 0,
			left: 0,
			right: 0
		});
	});
	it('identity kernel returns the input; output is linear in the kernel', () => {
		fc.assert(
			fc.property(
				matrixArb(8, 8),
				matrixArb(3, 3, -3, 3),
				matrixArb(3, 3, -3, 3),
				fc.integer({ min: -3, max: 3 }),
				(inp, a, b, c) => {
					const x = fromRows(inp);
					expect(
						toRows(
							correlate2d(
								x,
								fromRows([
									[0, 0, 0],
									[0, 1, 0],
									[0, 0, 0]
								]),
								{ padding: 'same' }
							)
						)
					).toEqual(inp);
					if (a.length !== b.length || a[0].length !== b[0].length) return;
					const sum = fromRows(a.map((r, i) => r.map((v, j) => v + c * b[i][j])));
					const lhs = toRows(correlate2d(x, sum, { padding: 1 }));
					const ra = toRows(correlate2d(x, fromRows(a), { padding: 1 }));
					const rb = toRows(correlate2d(x, fromRows(b), { padding: 1 }));
					expect(lhs).toEqual(ra.map((r, i) => r.map((v, j) => v + c * rb[i][j])));
				}
			)
		);
	});
	it('refuses a kernel that does not fit and bad strides', () => {
		expect(() => correlate2d(grid(2, 2), grid(3, 3))).toThrow(RangeError);
		expect(() => correlate2d(grid(4, 4), grid(3, 3), { stride: 0 })).toThrow(RangeError);
		expect(() => correlate2d(grid(4, 4), grid(3, 3), { padding: -1 })).toThrow(RangeError);
		expect(() => correlate2d(grid(4, 4), grid(3, 3), { padding: 1.5 })).toThrow(RangeError);
	});
});

describe('windowAt', () => {
	it('lists the products behind an output cell and sums them to that cell', () => {
		fc.assert(
			fc.property(
				matrixArb(7, 7),
				matrixArb(3, 3),
				fc.integer({ min: 1, max: 3 }),
				fc.nat(2),
				(inp, ker, s, p) => {
					const x: Grid = fromRows(inp);
					const k: Grid = fromRows(ker);
					const shape = outputShape(x, k, { stride: s, padding: p });
					if (shape.h < 1 || shape.w < 1) return;
					const out = correlate2d(x, k, { stride: s, padding: p });
					for (let r = 0; r < shape.h; r++)
						for (let c = 0; c < shape.w; c++) {
							const { terms, sum } = windowAt(x, k, { stride: s, padding: p }, r, c);
							expect(sum).toBe(out.data[r * shape.w + c]);
							expect(terms).toHaveLength(k.h * k.w);
							for (const t of terms) if (t.pad) expect(t.value).toBe(0);
						}
				}
			),
			{ numRuns: 100 }
		);
	});
	it('marks padding cells', () => {
		const { terms } = windowAt(fromRows([[5]]), fromRows([[1, 1, 1]]), { padding: 1 }, 1, 0);
		expect(terms.map((t) => t.pad)).toEqual([true, false, true]);
		expect(() => windowAt(fromRows([[5]]), fromRows([[1]]), {}, 1, 0)).toThrow(RangeError);
	});
});
