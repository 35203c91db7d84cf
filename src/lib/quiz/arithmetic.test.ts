import { describe, expect, it } from 'vitest';
import { equations, holds } from './arithmetic';

describe('equations in an explanation', () => {
	it('finds and recomputes written-out arithmetic', () => {
		const cases: [string, number[]][] = [
			['Each filter has 5·5·1 weights and one bias: (5·5·1 + 1)·32 = 832.', [832]],
			['Recall = TP / (TP + FN) = 440 / (440 + 13) ≈ 0.971.', [440 / 453]],
			['σ(z) = 1 / (1 + e^(−z)) = 1 / (1 + e^(1)) ≈ 0.2689.', [1 / (1 + Math.E)]],
			['SSE = ½(6.9 − (3.1))² = ½ × 3.8² ≈ 7.22.', [0.5 * 3.8 ** 2, 0.5 * 3.8 ** 2]],
			['f′(-1) = 3, so x₁ = -1 − 0.01 × (3) = -1.03.', [-1.03]],
			['−log q = −log 0.94 ≈ 0.0619.', [-Math.log(0.94)]],
			['⌊(n + 2p − k) / s⌋ + 1 = ⌊(10 + 0 − 5) / 2⌋ + 1 = 3.', [3]],
			['f′(2) = 21, so x₁ = 2 − 0.02 × (21) = 1.58.', [1.58]],
			['By the kernel sum, 1 + 3 + 4 = 8; then', [8]],
			['the chord 2 · 30 · sin(20° / 2) ≈ 10.4 pixels', [60 * Math.sin(Math.PI / 18)]]
		];
		for (const [text, values] of cases) {
			const eq = equations(text);
			expect(
				eq.map((e) => e.value),
				text
			).toHaveLength(values.length);
			eq.forEach((e, i) => expect(e.value).toBeCloseTo(values[i], 10));
			for (const e of eq) expect(holds(e), `${e.lhs} = ${e.stated}`).toBe(true);
		}
	});
	it('catches a wrong sum, and rounding that goes past the shown decimals', () => {
		expect(equations('the total is 0.5 + 1 + 1 = 3').map((e) => holds(e))).toEqual([false]);
		expect(equations('440 / 453 ≈ 0.97').map((e) => holds(e))).toEqual([true]);
		expect(equations('440 / 453 ≈ 0.98').map((e) => holds(e))).toEqual([false]);
	});
	it('leaves words, symbols, percentages and plain numbers alone', () => {
		expect(equations('δ = ŷ − y = 0, and the answer = 5.')).toEqual([]);
		expect(equations('Of 10,000 parts, 20% = 2,000')).toEqual([]);
	});
});

describe('equations: the cases a first version got wrong', () => {
	it('a chain of expressions, a decimal before a comma, and words between brackets', () => {
		const chain = equations('Recall = TP / (TP + FN) = 31 / (31 + 46) = 31 / 77 ≈ 0.403. Recall divides');
		expect(chain.map((e) => [e.lhs, e.stated])).toEqual([
			['31 / (31 + 46)', 31 / 77],
			['31 / 77', 0.403]
		]);
		expect(chain.every((e) => holds(e))).toBe(true);
		expect(equations('accuracy = 394 / 400 = 0.985, yet its recall').map((e) => e.stated)).toEqual([0.985]);
		expect(equations('⌊(8 + 2p − 3) / s⌋ + 1 = 2 holds for stride 3')).toEqual([]);
		expect(equations('(a share 1 − 0.9 = 0.1 of them)').map((e) => e.value)).toEqual([1 - 0.9]);
		expect(equations('on the test set 453 / 715 ≈ 63% are').map((e) => holds(e))).toEqual([true]);
		expect(equations('on the test set 453 / 715 ≈ 64% are').map((e) => holds(e))).toEqual([false]);
		expect(
			equations('0.299 · 91 + 0.587 · 27 + 0.114 · 172 = 62.666 (stored as 63).').map((e) => holds(e))
		).toEqual([true]);
	});
	it('does not evaluate a shorter piece when the whole does not parse', () => {
		// −3.5² is not (−3.5)²; JavaScript refuses the unary minus, and so does this check
		expect(equations('½ × -3.5² ≈ 6.13')).toEqual([]);
		expect(equations('½ × (−3.5)² ≈ 6.13').map((e) => holds(e))).toEqual([true]);
	});
});
