import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, outputLength, summarise, type Layer } from './architecture';

const conv = (filters: number, kernel = 3, stride = 1, padding: 'same' | 'valid' = 'same'): Layer => ({
	type: 'conv2d',
	filters,
	kernel,
	stride,
	padding,
	activation: 'relu'
});

describe('outputLength', () => {
	it.each([
		[64, 3, 1, 'same', 64],
		[64, 3, 1, 'valid', 62],
		[64, 2, 2, 'valid', 32],
		[7, 3, 2, 'valid', 3],
		[7, 3, 2, 'same', 4],
		[5, 5, 1, 'valid', 1],
		[4, 5, 1, 'valid', 0]
	] as const)('n=%i k=%i s=%i %s → %i', (n, k, s, p, want) => {
		expect(outputLength(n, k, s, p)).toBe(want);
	});
	it('valid never exceeds same (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 1, max: 11 }),
				fc.integer({ min: 1, max: 8 }),
				(n, k, s) => outputLength(n, k, s, 'valid') <= outputLength(n, k, s, 'same')
			)
		);
	});
});

describe('analyse', () => {
	it('the case-study table: shapes and parameter counts', () => {
		const layers: Layer[] = [
			conv(8),
			{ type: 'maxpool', size: 2, stride: 2 },
			conv(16),
			{ type: 'maxpool', size: 2, stride: 2 },
			conv(32),
			{ type: 'maxpool', size: 2, stride: 2 },
			{ type: 'flatten' },
			{ type: 'dropout', rate: 0.3 },
			{ type: 'dense', units: 32, activation: 'relu' }
		];
		const infos = analyse(layers, 64);
		expect(infos.map((i) => i.shape)).toEqual([
			[64, 64, 8],
			[32, 32, 8],
			[32, 32, 16],
			[16, 16, 16],
			[16, 16, 32],
			[8, 8, 32],
			[2048],
			[2048],
			[32],
			[1]
		]);
		expect(infos.map((i) => i.params)).toEqual([80, 0, 1168, 0, 4640, 0, 0, 0, 65568, 33]);
		expect(summarise(layers, 64).totalParams).toBe(80 + 1168 + 4640 + 65568 + 33);
	});
	it('flags a window larger than its input, a Dense before Flatten, a conv after Flatten', () => {
		expect(summarise([conv(4, 5, 1, 'valid')], 4).problem?.key).toBe('arch.problem.too-small');
		expect(summarise([conv(4)], 8).problem).toMatchObject({ index: 1, key: 'arch.problem.needs-flat' });
		expect(summarise([{ type: 'flatten' }, conv(4)], 8).problem).toMatchObject({
			index: 1,
			key: 'arch.problem.needs-image'
		});
		expect(summarise([{ type: 'flatten' }, { type: 'dropout', rate: 1.5 }], 8).problem?.key).toBe(
			'arch.problem.bad-value'
		);
		expect(
			summarise([{ type: 'flatten' }, { type: 'dense', units: 4096, activation: 'relu' }], 128).problem?.key
		).toBe('arch.problem.too-big');
	});
	it('global max pooling: (h, w, c) → (c), no parameters; needs an image', () => {
		const infos = analyse([conv(16), { type: 'maxpool', size: 2, stride: 2 }, { type: 'globalMaxPool' }], 64);
		expect(infos.map((i) => i.shape)).toEqual([[64, 64, 16], [32, 32, 16], [16], [1]]);
		expect(infos.map((i) => i.params)).toEqual([160, 0, 0, 17]);
		expect(summarise([{ type: 'flatten' }, { type: 'globalMaxPool' }], 8).problem).toMatchObject({
			index: 1,
			key: 'arch.problem.needs-image'
		});
	});
	it('conv parameters are (k·k·c_in + 1)·filters for any sizes (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 16 }),
				fc.integer({ min: 1, max: 16 }),
				fc.integer({ min: 1, max: 5 }),
				(c, f, k) => {
					const infos = analyse([conv(c, 1), conv(f, k)], 16);
					return infos[1].params === (k * k * c + 1) * f;
				}
			)
		);
	});
});
