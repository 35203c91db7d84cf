// Lesson 3's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { bce, forward, sigmoid, sse } from '$lib/math/nn';
import { DEFAULT_NET, DEFAULT_X } from '$lib/widgets/nn-common/network-params';
import { flat, lesson } from './read';

describe('lesson 3: the forward pass', () => {
	const text = flat(lesson('03-neural-networks'));
	it('the hidden activations, the prediction and its sigmoid', () => {
		const f = forward(DEFAULT_NET, DEFAULT_X);
		for (const a of f.a1) expect(text).toContain(`$${a.toFixed(4)}$`);
		expect(text).toContain(`\\approx ${f.yhat.toFixed(4)}`);
		expect(text).toContain(`$q = \\sigma(${f.yhat.toFixed(4)}) \\approx ${sigmoid(f.yhat).toFixed(4)}$`);
	});
	it('the output sum: each product is the shown factors’ product, and the shown terms add up to z', () => {
		const f = forward(DEFAULT_NET, DEFAULT_X);
		const a = f.a1.map((x) => +x.toFixed(4));
		const v = DEFAULT_NET.w2;
		const terms = a.map((x, j) => +(v[j] * x).toFixed(4));
		const show = (x: number) => (x < 0 ? `- ${(-x).toFixed(4)}` : `+ ${x.toFixed(4)}`);
		const line = `&= ${terms[0].toFixed(4)} ${terms.slice(1).map(show).join(' ')} + ${DEFAULT_NET.b2}`;
		expect(text).toContain(`${line} \\approx ${f.yhat.toFixed(4)}`);
		// a learner adding the shown terms gets the shown z
		expect((terms.reduce((p, q) => p + q, 0) + DEFAULT_NET.b2).toFixed(4)).toBe(f.yhat.toFixed(4));
	});
	it('the worked costs: SSE of the fresh network, the widget network, and both BCE cases', () => {
		expect(sse(61.5, -0.986)).toBeCloseTo(1952.25, 2);
		expect(text).toContain(`${(62.486 ** 2).toFixed(6)} \\approx ${sse(61.5, -0.986).toFixed(2)}`);
		const f = forward(DEFAULT_NET, DEFAULT_X);
		expect(text).toContain(`(1 - ${f.yhat.toFixed(4)})^2 \\approx ${sse(1, f.yhat).toFixed(4)}`);
		const q = sigmoid(f.yhat);
		expect(text).toContain(`-\\log ${q.toFixed(4)} \\approx ${bce(1, q).toFixed(4)}`);
		expect(text).toContain(`-\\log ${(1 - q).toFixed(4)} \\approx ${bce(0, q).toFixed(4)}`);
	});
});
