// Worked numbers in the prose are the math's, not typed from memory: each claim below is read
// from the lesson file and recomputed with src/lib/math.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOSS_1D, run1D } from '$lib/math/gd';

const lesson = (slug: string) =>
	readFileSync(new URL(`../../../content/lessons/${slug}/index.md`, import.meta.url), 'utf8');

describe('lesson 4: the double-well runs', () => {
	const text = lesson('04-backpropagation');
	const dw = LOSS_1D['double-well'];
	it('η = 0.05 from 2 settles at the local minimum in the stated steps and cost', () => {
		const r = run1D(dw, 0.05, 2, 1000);
		expect(r.status).toBe('converged');
		expect(text).toContain(`local_ minimum at $${r.x.toFixed(4)}$`);
		expect(text).toContain(`after ${r.updates} steps, with cost about $${r.loss.toFixed(2)}$`);
	});
	it('η = 0.1 from 2 ends at the global minimum', () => {
		const r = run1D(dw, 0.1, 2, 1000);
		expect(r.status).toBe('converged');
		expect(text).toContain(`global minimum at $${r.x.toFixed(4)}$`);
	});
	it('η = 0.15 from 2 bounces between the two stated values', () => {
		const r = run1D(dw, 0.15, 2, 200);
		expect(r.status).toBe('running');
		const [a, b] = r.xs.slice(-2).sort((p, q) => q - p);
		expect(text).toContain(`between about $${a.toFixed(3)}$ and $${b.toFixed(3)}$`);
	});
	it('η = 0.2 from 2 diverges within 5 steps', () => {
		const r = run1D(dw, 0.2, 2, 1000);
		expect(r.status).toBe('diverged');
		expect(r.updates).toBeLessThanOrEqual(5);
		expect(text).toContain('$\\eta = 0.2$: it diverges within 5 steps');
	});
});
