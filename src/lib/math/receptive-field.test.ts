import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	convWeights,
	layerSizes,
	parseLayers,
	receptiveFields,
	stackWeights,
	traceBack,
	type Layer
} from './receptive-field';

/** Independent reference: the input indices output 0 of the last layer sees, found by walking
 * back through each layer's window (output i of a layer reads inputs i·s … i·s + k − 1). */
function bruteForce(layers: readonly Layer[]): { lo: number; hi: number; jump: number } {
	let lo = 0,
		hi = 0;
	for (let l = layers.length - 1; l >= 0; l--) {
		const { k, s } = layers[l];
		lo = lo * s;
		hi = hi * s + k - 1;
	}
	// jump: where output 1 of the last layer starts, minus where output 0 starts
	let lo1 = 1;
	for (let l = layers.length - 1; l >= 0; l--) lo1 = lo1 * layers[l].s;
	return { lo, hi, jump: lo1 - lo };
}

const layer = fc.record({
	kind: fc.constantFrom<'conv' | 'pool'>('conv', 'pool'),
	k: fc.integer({ min: 1, max: 7 }),
	s: fc.integer({ min: 1, max: 3 })
});

describe('receptiveFields', () => {
	it('agrees with walking the windows back to the input', () => {
		fc.assert(
			fc.property(fc.array(layer, { minLength: 1, maxLength: 5 }), (layers) => {
				const last = receptiveFields(layers).at(-1)!;
				const b = bruteForce(layers);
				expect(last.receptiveField).toBe(b.hi - b.lo + 1);
				expect(last.jump).toBe(b.jump);
				expect(last.start).toBe((b.lo + b.hi) / 2);
			})
		);
	});

	it('two 3×3 layers see 5×5 with fewer weights than one 5×5', () => {
		const two = receptiveFields(parseOk('conv3s1,conv3s1')).at(-1)!;
		const one = receptiveFields(parseOk('conv5s1')).at(-1)!;
		expect(two.receptiveField).toBe(5);
		expect(one.receptiveField).toBe(5);
		expect(2 * convWeights(3, 16)).toBeLessThan(convWeights(5, 16));
	});

	it('parses the contract form and names a bad token', () => {
		expect(parseLayers('conv3s1, pool2s2')).toEqual({
			ok: true,
			layers: [
				{ kind: 'conv', k: 3, s: 1 },
				{ kind: 'pool', k: 2, s: 2 }
			]
		});
		expect(parseLayers('conv3s1,dense4')).toEqual({ ok: false, bad: 'dense4' });
		expect(parseLayers('conv0s1')).toEqual({ ok: false, bad: 'conv0s1' });
	});
});

function parseOk(t: string): Layer[] {
	const p = parseLayers(t);
	if (!p.ok) throw new Error(p.bad);
	return p.layers;
}

/** Independent reference, run forwards: mark one input pixel, push the mark through each layer
 * (an output is marked when any pixel of its window is), and see whether output i is marked. */
function reaches(layers: readonly Layer[], x: number, i: number, width: number): boolean {
	let n = Math.max(x + 1, width);
	let marked = Array.from({ length: n }, (_, a) => a === x);
	for (const { k, s } of layers) {
		const m = n >= k ? Math.floor((n - k) / s) + 1 : 0;
		marked = Array.from({ length: m }, (_, a) => marked.slice(a * s, a * s + k).some(Boolean));
		n = m;
	}
	return marked[i] ?? false;
}

describe('traceBack, layerSizes, stackWeights', () => {
	it("traceBack finds the input pixels that reach the output (run forwards), spanning the recurrence's field", () => {
		fc.assert(
			fc.property(
				fc.array(layer, { minLength: 1, maxLength: 4 }),
				fc.integer({ min: 0, max: 6 }),
				(layers, i) => {
					const traced = traceBack(layers, i);
					expect(traced.at(-1)).toEqual([i]);
					const input = traced[0];
					const last = receptiveFields(layers).at(-1)!;
					// wide enough for output i to exist: its field ends at (r − 1) + i·jump
					const width = last.receptiveField + i * last.jump;
					const lo = input[0],
						hi = input[input.length - 1];
					for (let x = 0; x <= hi + 2; x++)
						expect(input.includes(x), `pixel ${x}`).toBe(reaches(layers, x, i, width));
					// No gaps unless some stride is larger than its kernel.
					if (layers.every((l) => l.k >= l.s)) expect(input.length).toBe(hi - lo + 1);
					expect(hi - lo + 1).toBe(last.receptiveField);
					expect((lo + hi) / 2).toBe(last.start + i * last.jump);
				}
			)
		);
	});

	it('layerSizes counts the window positions that fit', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }),
				fc.array(layer, { minLength: 1, maxLength: 4 }),
				(n, layers) => {
					const sizes = layerSizes(n, layers);
					expect(sizes[0]).toBe(n);
					layers.forEach(({ k, s }, l) => {
						let count = 0;
						for (let a = 0; a * s + k - 1 < sizes[l]; a++) count++;
						expect(sizes[l + 1]).toBe(count);
					});
					// One output exists exactly when the input covers the whole receptive field.
					expect(sizes.at(-1)! >= 1).toBe(n >= receptiveFields(layers).at(-1)!.receptiveField);
				}
			)
		);
	});

	it('two 3×3 convolutions see 5×5 with 18·C² weights against 25·C²', () => {
		const two = parseLayers('conv3s1,conv3s1');
		expect(two.ok).toBe(true);
		if (!two.ok) return;
		expect(receptiveFields(two.layers).at(-1)!.receptiveField).toBe(5);
		expect(stackWeights(two.layers, 64)).toBe(2 * 9 * 64 * 64);
		expect(stackWeights([{ kind: 'conv', k: 5, s: 1 }], 64)).toBe(25 * 64 * 64);
		expect(stackWeights([{ kind: 'pool', k: 2, s: 2 }], 64)).toBe(0);
	});
});
