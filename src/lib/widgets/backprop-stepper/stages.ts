// What each stage of the backprop stepper lights on the diagram, and which gradients are written
// on its edges by then. Nodes: x1…, h1…, out; edges: w1-j-i (input i → hidden j) and w2-j (hidden
// j → output), 1-based like the gradient check's names.
import type { Gradients, Network } from '$lib/math/nn';

export interface StageView {
	/** The neurons the stage computes with. */
	nodes: string[];
	/** The edges it involves: forward, the layer being computed; backward, the gradients computed. */
	edges: string[];
	/** The gradient written on each edge, once the stage that computes it has been reached. */
	grads: Record<string, number>;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export function stageView(stage: number, net: Network, g: Gradients): StageView {
	const inputs = range(net.w1[0]?.length ?? 0).map((i) => `x${i}`);
	const hidden = range(net.w1.length).map((j) => `h${j}`);
	const w1 = net.w1.flatMap((row, j) => row.map((_, i) => `w1-${j + 1}-${i + 1}`));
	const w2 = net.w2.map((_, j) => `w2-${j + 1}`);
	const grads: Record<string, number> = {};
	if (stage >= 4) g.w2.forEach((v, j) => (grads[`w2-${j + 1}`] = v));
	if (stage >= 6) g.w1.forEach((row, j) => row.forEach((v, i) => (grads[`w1-${j + 1}-${i + 1}`] = v)));
	const view = (nodes: string[], edges: string[]): StageView => ({ nodes, edges, grads });
	switch (stage) {
		case 0: // forward: the hidden layer from the inputs
			return view([...inputs, ...hidden], w1);
		case 1: // forward: the output from the hidden layer
			return view([...hidden, 'out'], w2);
		case 2: // the loss of the output
		case 3: // the output's error δ
			return view(['out'], []);
		case 4: // ∂L/∂v_j = δ·a_j: the output layer's edges
			return view([...hidden, 'out'], w2);
		case 5: // δ_j = δ·v_j·g′(z_j): the error travels back along the output edges
			return view(['out', ...hidden], w2);
		case 6: // ∂L/∂w_ji = δ_j·x_i: the hidden layer's edges
			return view([...inputs, ...hidden], w1);
		default: // the update: every weight and bias moves
			return view([...hidden, 'out'], [...w1, ...w2]);
	}
}
