/** Helpers for the kernel tests: run one kernel on two backends and compare. */
import { expect } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { rng } from '$lib/math/rng';
import { registerWasmKernels } from './register';

export { tf };

export async function ready(): Promise<void> {
	registerWasmKernels(tf);
	await tf.setBackend('wasm');
	await tf.ready();
}

export function random(shape: number[], seed: number, ties = false): tf.Tensor {
	const next = rng(seed);
	const n = shape.reduce((a, b) => a * b, 1);
	const a = new Float32Array(n);
	// With ties, many values repeat (as after a ReLU), which tests the max-pooling tie rule.
	for (let i = 0; i < n; i++) a[i] = ties ? Math.max(0, Math.round((next() * 2 - 1) * 3)) : next() * 2 - 1;
	return tf.tensor(a, shape);
}

/** The kernel's result on stock cpu and on wasm (our kernel), as arrays. */
export async function both(run: () => tf.Tensor): Promise<{ cpu: Float32Array; wasm: Float32Array }> {
	await tf.setBackend('cpu');
	const c = run();
	const cpu = (await c.data()) as Float32Array;
	c.dispose();
	await tf.setBackend('wasm');
	const w = run();
	const wasm = (await w.data()) as Float32Array;
	w.dispose();
	return { cpu, wasm };
}

export function expectClose(actual: Float32Array, expected: Float32Array, tol = 1e-4): void {
	expect(actual.length).toBe(expected.length);
	let scale = 1;
	for (const v of expected) scale = Math.max(scale, Math.abs(v));
	let worst = 0;
	for (let i = 0; i < actual.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
	expect(worst).toBeLessThan(tol * scale);
}
