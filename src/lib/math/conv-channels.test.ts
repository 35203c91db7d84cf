import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convChannels } from './conv-channels';
import { fromRows, toRows } from './conv';

const val = fc.integer({ min: -9, max: 9 });
const mat = (h: number, w: number) =>
	fc.array(fc.array(val, { minLength: w, maxLength: w }), { minLength: h, maxLength: h });

/** Independent reference: a 3-D window sum written out directly, with explicit zero padding. */
function naive(x: number[][][], k: number[][][], b: number, relu: boolean, s: number, p: number): number[][] {
	const n = x[0].length,
		m = x[0][0].length,
		kk = k[0].length;
	const at = (c: number, r: number, q: number) => (r < 0 || q < 0 || r >= n || q >= m ? 0 : x[c][r][q]);
	const out: number[][] = [];
	for (let r = -p; r + kk <= n + p; r += s) {
		const row: number[] = [];
		for (let q = -p; q + kk <= m + p; q += s) {
			let z = b;
			for (let c = 0; c < x.length; c++)
				for (let i = 0; i < kk; i++) for (let j = 0; j < kk; j++) z += at(c, r + i, q + j) * k[c][i][j];
			row.push(relu ? Math.max(0, z) : z);
		}
		out.push(row);
	}
	return out;
}

describe('convChannels', () => {
	it('equals the 3-D window sum plus bias through the activation', () => {
		const arb = fc
			.record({
				n: fc.integer({ min: 3, max: 6 }),
				m: fc.integer({ min: 3, max: 6 }),
				k: fc.integer({ min: 1, max: 3 })
			})
			.chain(({ n, m, k }) =>
				fc.record({
					x: fc.array(mat(n, m), { minLength: 3, maxLength: 3 }),
					kern: fc.array(mat(k, k), { minLength: 3, maxLength: 3 }),
					b: val,
					relu: fc.boolean(),
					s: fc.integer({ min: 1, max: 2 }),
					p: fc.integer({ min: 0, max: 1 })
				})
			);
		fc.assert(
			fc.property(arb, ({ x, kern, b, relu, s, p }) => {
				const r = convChannels(x.map(fromRows), kern.map(fromRows), b, relu ? 'relu' : 'linear', {
					stride: s,
					padding: p
				});
				expect(toRows(r.output)).toEqual(naive(x, kern, b, relu, s, p));
				expect(toRows(r.preActivation)).toEqual(naive(x, kern, b, false, s, p));
			})
		);
	});

	it('refuses a filter with the wrong number of slices', () => {
		const g = fromRows([[1]]);
		expect(() => convChannels([g, g, g], [g, g], 0, 'relu')).toThrow(/one kernel slice/);
	});
});
