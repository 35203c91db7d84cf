/**
 * BatchMatMul for the wasm backend: its transposed cases (used by every dense layer's backward
 * pass) take a slow scalar path, about 7× slower than transposing explicitly and using its fast
 * SIMD path. So transpose first, then call the original kernel untransposed.
 */
import type * as tfc from '@tensorflow/tfjs-core';

type Tf = Pick<typeof tfc, 'getKernel'>;
type Args = { inputs: tfc.NamedTensorInfoMap; backend: unknown; attrs?: tfc.NamedAttrMap };

export function batchMatMulWasmConfig(tf: Tf): tfc.KernelConfig | null {
	const original = tf.getKernel('BatchMatMul', 'wasm');
	if (!original) return null;
	const inner = original.kernelFunc;
	const kernelFunc = (args: Args) => {
		const { transposeA, transposeB } = (args.attrs ?? {}) as { transposeA?: boolean; transposeB?: boolean };
		if (!transposeA && !transposeB) return inner(args as Parameters<tfc.KernelFunc>[0]);
		const backend = args.backend as tfc.KernelBackend & { disposeData(id: object): boolean };
		const transpose = tf.getKernel('Transpose', 'wasm')!.kernelFunc;
		const swapLast = (t: tfc.TensorInfo) => {
			const perm = t.shape.map((_, i) => i);
			const r = perm.length;
			[perm[r - 2], perm[r - 1]] = [perm[r - 1], perm[r - 2]];
			return transpose({ inputs: { x: t }, backend, attrs: { perm } }) as tfc.TensorInfo;
		};
		const { a, b } = args.inputs as { a: tfc.TensorInfo; b: tfc.TensorInfo };
		const a2 = transposeA ? swapLast(a) : a;
		const b2 = transposeB ? swapLast(b) : b;
		const out = inner({
			inputs: { a: a2, b: b2 },
			backend,
			attrs: { ...args.attrs, transposeA: false, transposeB: false }
		}) as tfc.TensorInfo;
		if (a2 !== a) backend.disposeData(a2.dataId);
		if (b2 !== b) backend.disposeData(b2.dataId);
		return out;
	};
	// Keep the original set-up (it binds the wasm function) so the backend can still initialise it.
	return { ...original, kernelFunc: kernelFunc as tfc.KernelFunc };
}
