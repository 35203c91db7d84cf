import { describe, expect, it } from 'vitest';
import { backprop, forward } from '$lib/math/nn';
import { DEFAULT_NET, DEFAULT_X } from '../nn-common/network-params';
import { stageView } from './stages';

const net = DEFAULT_NET; // 2 inputs, 3 hidden neurons
const g = backprop(net, forward(net, DEFAULT_X), 1);
const W1 = ['w1-1-1', 'w1-1-2', 'w1-2-1', 'w1-2-2', 'w1-3-1', 'w1-3-2'];
const W2 = ['w2-1', 'w2-2', 'w2-3'];
const H = ['h1', 'h2', 'h3'];

describe('what each backprop stage lights', () => {
	it.each([
		[0, ['x1', 'x2', ...H], W1],
		[1, [...H, 'out'], W2],
		[2, ['out'], []],
		[3, ['out'], []],
		[4, [...H, 'out'], W2],
		[5, ['out', ...H], W2],
		[6, ['x1', 'x2', ...H], W1],
		[7, [...H, 'out'], [...W1, ...W2]]
	])('stage %i', (stage, nodes, edges) => {
		const v = stageView(stage, net, g);
		expect(v.nodes).toEqual(nodes);
		expect(v.edges).toEqual(edges);
	});

	it('writes a gradient on an edge from the stage that computes it on', () => {
		for (const stage of [0, 1, 2, 3]) expect(stageView(stage, net, g).grads).toEqual({});
		const out = { 'w2-1': g.w2[0], 'w2-2': g.w2[1], 'w2-3': g.w2[2] };
		expect(stageView(4, net, g).grads).toEqual(out);
		expect(stageView(5, net, g).grads).toEqual(out);
		const all = stageView(7, net, g).grads;
		expect(stageView(6, net, g).grads).toEqual(all);
		expect(Object.keys(all)).toEqual([...W2, ...W1]);
		expect(all['w1-3-2']).toBe(g.w1[2][1]); // hidden 3, input 2
		expect(all['w1-3-2']).toBeCloseTo(g.delta1[2] * DEFAULT_X[1], 15);
	});
});
