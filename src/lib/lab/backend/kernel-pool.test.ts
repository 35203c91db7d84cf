import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jobUnits, splitRange } from './kernel-jobs';
import type { ConvGeometry } from './im2col';
import type { PoolGeometry } from './pool-grad';
import { compare, firstDiff, pool2x2 } from './kernel-pool-testing';

const poolGeometry = fc
	.record({
		batch: fc.integer({ min: 1, max: 3 }),
		inH: fc.integer({ min: 1, max: 9 }),
		inW: fc.integer({ min: 1, max: 9 }),
		C: fc.integer({ min: 1, max: 4 }),
		fh: fc.integer({ min: 1, max: 3 }),
		fw: fc.integer({ min: 1, max: 3 }),
		sh: fc.integer({ min: 1, max: 3 }),
		sw: fc.integer({ min: 1, max: 3 }),
		pads: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
		lab: fc.boolean()
	})
	.map(({ pads, lab, ...r }): PoolGeometry | null => {
		// `lab`: the lab's own 2×2 stride-2 pooling (the unrolled path)
		const [fh, fw, sh, sw] = lab ? [2, 2, 2, 2] : [r.fh, r.fw, r.sh, r.sw];
		const inH = lab ? Math.max(2, r.inH) : r.inH;
		const inW = lab ? Math.max(2, r.inW) : r.inW;
		const [pt, pb, pl, pr] = lab ? [0, 0, 0, 0] : pads.map((p, i) => p % (i < 2 ? fh : fw));
		const outH = Math.floor((inH + pt + pb - fh) / sh) + 1;
		const outW = Math.floor((inW + pl + pr - fw) / sw) + 1;
		if (outH < 1 || outW < 1) return null;
		return { batch: r.batch, inH, inW, C: r.C, outH, outW, fh, fw, sh, sw, padTop: pt, padLeft: pl };
	})
	.filter((g): g is PoolGeometry => g !== null);

const convGeometry = poolGeometry.chain((p) =>
	fc.integer({ min: 1, max: 3 }).map((outC): ConvGeometry => ({
		batch: p.batch,
		inH: p.inH,
		inW: p.inW,
		inC: p.C,
		outH: p.outH,
		outW: p.outW,
		outC,
		fh: p.fh,
		fw: p.fw,
		sh: p.sh,
		sw: p.sw,
		padTop: p.padTop,
		padLeft: p.padLeft
	}))
);

const threads = fc.integer({ min: 1, max: 6 });
const seed = fc.integer({ min: 1, max: 1_000_000 });

describe('the kernel pool gives bitwise the single-thread results', () => {
	it('splitRange partitions [0, total) into contiguous, near-equal ranges', () => {
		fc.assert(
			fc.property(fc.nat(200), fc.integer({ min: 1, max: 9 }), (total, parts) => {
				const r = splitRange(total, parts);
				expect(r[0][0]).toBe(0);
				expect(r[r.length - 1][1]).toBe(total);
				for (let i = 1; i < r.length; i++) expect(r[i][0]).toBe(r[i - 1][1]);
				const lens = r.map(([a, b]) => b - a);
				expect(Math.max(...lens) - Math.min(...lens)).toBeLessThanOrEqual(1);
				expect(r.length).toBe(Math.max(1, Math.min(parts, total)));
			})
		);
	});

	it('MaxPoolGrad, any geometry and thread count (ties, overlapping windows, padding)', () => {
		let helped = 0;
		let own = 0;
		fc.assert(
			fc.property(poolGeometry, threads, seed, (g, n, s) => {
				const xs = g.batch * g.inH * g.inW * g.C;
				const ys = g.batch * g.outH * g.outW * g.C;
				const r = compare('maxPoolGrad', g, [xs, ys, xs], [2], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
				expect(r.result).toBe(n > 1 && jobUnits('maxPoolGrad', g) > 1 ? 'parallel' : 'single');
				helped += r.pool.helperChunks;
				own += r.pool.ownChunks;
			}),
			{ numRuns: 300 }
		);
		// the helpers did run chunks, and so did the caller
		expect(helped).toBeGreaterThan(100);
		expect(own).toBeGreaterThan(100);
	});

	it('AvgPoolGrad, any geometry and thread count', () => {
		fc.assert(
			fc.property(poolGeometry, threads, seed, (g, n, s) => {
				const xs = g.batch * g.inH * g.inW * g.C;
				const ys = g.batch * g.outH * g.outW * g.C;
				const r = compare('avgPoolGrad', g, [ys, xs], [1], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
			}),
			{ numRuns: 200 }
		);
	});

	it('im2colT, any geometry and thread count', () => {
		fc.assert(
			fc.property(convGeometry, threads, seed, (g, n, s) => {
				const xs = g.batch * g.inH * g.inW * g.inC;
				const cols = g.fh * g.fw * g.inC * g.batch * g.outH * g.outW;
				const r = compare('im2colT', g, [xs, cols], [1], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
			}),
			{ numRuns: 200 }
		);
	});

	it('the filter gradient’s layout changes, any shape and thread count', () => {
		const dims = fc.record({
			B: fc.integer({ min: 1, max: 7 }),
			hw: fc.integer({ min: 1, max: 20 }),
			C: fc.integer({ min: 1, max: 5 })
		});
		fc.assert(
			fc.property(dims, threads, seed, (g, n, s) => {
				const size = g.B * g.hw * g.C;
				for (const kind of ['nhwcToCHWB', 'nhwcToHWBC'] as const) {
					const r = compare(kind, g, [size, size], [1], n, s);
					expect(firstDiff(r.many, r.one)).toBe(-1);
				}
				const t = { C: g.B, taps: g.hw, O: g.C };
				const r = compare('ctoToTco', t, [size, size], [1], n, s);
				expect(firstDiff(r.many, r.one)).toBe(-1);
			}),
			{ numRuns: 200 }
		);
	});

	it('the lab’s default shapes split over two threads, bit for bit', () => {
		const g = pool2x2(32, 96, 16);
		const xs = 32 * 96 * 96 * 16;
		const r = compare('maxPoolGrad', g, [xs, xs / 4, xs], [2], 2, 5);
		expect(r.result).toBe('parallel');
		expect(r.pool.parallelJobs).toBe(1);
		expect(firstDiff(r.many, r.one)).toBe(-1);
	});
});
