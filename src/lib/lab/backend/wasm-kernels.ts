/**
 * Training kernels for the wasm backend where its own are missing or slow: max/avg pooling
 * gradients (plain loops over the wasm heap) and Conv2DBackpropInput (for stride 1 a forward
 * convolution with the flipped filter, run by the backend's own SIMD Conv2D; otherwise a matrix
 * multiply and col2im).
 */
import type * as tfc from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { col2im, type ConvGeometry } from './im2col';
import { runPooled } from './kernel-pool';
import type { PoolGeometry } from './pool-grad';

type Tf = Pick<typeof tfc, 'getKernel' | 'backend_util'>;
type Args = { inputs: tfc.NamedTensorInfoMap; backend: unknown; attrs?: tfc.NamedAttrMap };
type Pad = 'valid' | 'same' | number | tfc.backend_util.ExplicitPadding;

interface PoolAttrs {
	filterSize: [number, number] | number;
	strides: [number, number] | number;
	pad: Pad;
	dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

function poolGeometry(tf: Tf, shape: number[], a: PoolAttrs): PoolGeometry {
	const info = tf.backend_util.computePool2DInfo(
		shape as [number, number, number, number],
		a.filterSize,
		a.strides,
		1,
		a.pad,
		a.dimRoundingMode
	);
	return {
		batch: info.batchSize,
		inH: info.inHeight,
		inW: info.inWidth,
		C: info.inChannels,
		outH: info.outHeight,
		outW: info.outWidth,
		fh: info.filterHeight,
		fw: info.filterWidth,
		sh: info.strideHeight,
		sw: info.strideWidth,
		padTop: info.padInfo.top,
		padLeft: info.padInfo.left
	};
}

const f32 = (backend: BackendWasm, t: tfc.TensorInfo) => backend.typedArrayFromHeap(t) as Float32Array;

export function maxPoolGradWasmConfig(tf: Tf): tfc.KernelConfig {
	const kernelFunc = ({ inputs, backend, attrs }: Args) => {
		const be = backend as BackendWasm;
		const { dy, input } = inputs as { dy: tfc.TensorInfo; input: tfc.TensorInfo };
		const g = poolGeometry(tf, input.shape, attrs as unknown as PoolAttrs);
		let dx = be.makeOutput(input.shape, 'float32');
		runPooled('maxPoolGrad', g, [f32(be, input), f32(be, dy), f32(be, dx)], () => {
			dx = be.makeOutput(input.shape, 'float32');
			return [f32(be, input), f32(be, dy), f32(be, dx)];
		});
		return dx;
	};
	return { kernelName: 'MaxPoolGrad', backendName: 'wasm', kernelFunc: kernelFunc as tfc.KernelFunc };
}

export function avgPoolGradWasmConfig(tf: Tf): tfc.KernelConfig {
	const kernelFunc = ({ inputs, backend, attrs }: Args) => {
		const be = backend as BackendWasm;
		const { dy, input } = inputs as { dy: tfc.TensorInfo; input: tfc.TensorInfo };
		const g = poolGeometry(tf, input.shape, attrs as unknown as PoolAttrs);
		let dx = be.makeOutput(input.shape, 'float32');
		runPooled('avgPoolGrad', g, [f32(be, dy), f32(be, dx)], () => {
			dx = be.makeOutput(input.shape, 'float32');
			return [f32(be, dy), f32(be, dx)];
		});
		return dx;
	};
	return { kernelName: 'AvgPoolGrad', backendName: 'wasm', kernelFunc: kernelFunc as tfc.KernelFunc };
}

interface InputAttrs {
	strides: [number, number] | number;
	pad: Pad;
	dataFormat: 'NHWC' | 'NCHW';
	dimRoundingMode?: 'floor' | 'round' | 'ceil';
	inputShape: [number, number, number, number];
}

export function conv2dBackpropInputWasmConfig(tf: Tf): tfc.KernelConfig {
	const kernelFunc = ({ inputs, backend, attrs }: Args) => {
		const be = backend as BackendWasm;
		const { dy, filter } = inputs as { dy: tfc.TensorInfo; filter: tfc.TensorInfo };
		const a = attrs as unknown as InputAttrs;
		if (a.dataFormat === 'NCHW') throw new Error('Conv2DBackpropInput: NCHW is not supported');
		const info = tf.backend_util.computeConv2DInfo(
			a.inputShape,
			filter.shape as [number, number, number, number],
			a.strides,
			1,
			a.pad,
			a.dimRoundingMode,
			false,
			'channelsLast'
		);
		const { filterHeight: fh, filterWidth: fw, inChannels: ci, outChannels: co } = info;
		const pad = info.padInfo;
		const K = fh * fw * ci;
		const stride1 = info.strideHeight === 1 && info.strideWidth === 1;
		const fits = (p: number, f: number) => p >= 0 && p <= f - 1;
		if (stride1 && fits(pad.top, fh) && fits(pad.bottom, fh) && fits(pad.left, fw) && fits(pad.right, fw)) {
			// dx = conv(dy, W flipped in space with in/out channels swapped), padded by f − 1 − p.
			const flipped = be.makeOutput([fh, fw, co, ci], 'float32');
			const w = f32(be, filter);
			const wf = f32(be, flipped);
			for (let ky = 0; ky < fh; ky++)
				for (let kx = 0; kx < fw; kx++)
					for (let i = 0; i < ci; i++)
						for (let o = 0; o < co; o++)
							wf[((ky * fw + kx) * co + o) * ci + i] =
								w[(((fh - 1 - ky) * fw + (fw - 1 - kx)) * ci + i) * co + o];
			const conv = tf.getKernel('Conv2D', 'wasm')!.kernelFunc;
			const dx = conv({
				inputs: { x: dy, filter: flipped },
				backend: be as unknown as tfc.KernelBackend,
				attrs: {
					strides: 1,
					dilations: 1,
					dataFormat: 'NHWC',
					pad: [
						[0, 0],
						[fh - 1 - pad.top, fh - 1 - pad.bottom],
						[fw - 1 - pad.left, fw - 1 - pad.right],
						[0, 0]
					]
				}
			}) as tfc.TensorInfo;
			be.disposeData(flipped.dataId);
			return dx;
		}
		// General strides: dcol[P, K] = dy[P, co] · Wᵀ, then scatter back with col2im.
		const P = info.batchSize * info.outHeight * info.outWidth;
		const wt = be.makeOutput([1, co, K], 'float32');
		{
			const w = f32(be, filter);
			const t = f32(be, wt);
			for (let k = 0; k < K; k++) for (let o = 0; o < co; o++) t[o * K + k] = w[k * co + o];
		}
		const reshape = tf.getKernel('Reshape', 'wasm')!.kernelFunc;
		const matMul = tf.getKernel('BatchMatMul', 'wasm')!.kernelFunc;
		const kb = be as unknown as tfc.KernelBackend;
		const dy3 = reshape({ inputs: { x: dy }, backend: kb, attrs: { shape: [1, P, co] } }) as tfc.TensorInfo;
		const dcol = matMul({
			inputs: { a: dy3, b: wt },
			backend: kb,
			attrs: { transposeA: false, transposeB: false }
		}) as tfc.TensorInfo;
		be.disposeData(dy3.dataId);
		be.disposeData(wt.dataId);
		const dx = be.makeOutput(a.inputShape, 'float32');
		const g: ConvGeometry = {
			batch: info.batchSize,
			inH: info.inHeight,
			inW: info.inWidth,
			inC: ci,
			outH: info.outHeight,
			outW: info.outWidth,
			outC: co,
			fh,
			fw,
			sh: info.strideHeight,
			sw: info.strideWidth,
			padTop: pad.top,
			padLeft: pad.left
		};
		const out = f32(be, dx);
		out.fill(0);
		col2im(f32(be, dcol), out, g);
		be.disposeData(dcol.dataId);
		return dx;
	};
	return { kernelName: 'Conv2DBackpropInput', backendName: 'wasm', kernelFunc: kernelFunc as tfc.KernelFunc };
}
