import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convWeights, parseLayers, receptiveFields, type Layer } from './receptive-field';

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
