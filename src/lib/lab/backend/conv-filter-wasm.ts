/**
 * Conv2DBackpropFilter for the wasm backend, which ships without it (so it cannot train a conv
 * net). dW = im2colᵀ(x) · dy: the patches are laid out in the wasm heap as a [K, P] matrix
 * (K = fh·fw·cin, P = batch·outH·outW) and multiplied by dy seen as [P, cout] with the backend's
 * own SIMD matrix multiply.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { im2colT, type ConvGeometry } from './im2col';

type Tf = Pick<typeof tfc, 'getKernel' | 'backend_util'>;

interface Attrs {
	strides: [number, number] | number;
	pad: 'valid' | 'same' | number | tfc.backend_util.ExplicitPadding;
	dataFormat: 'NHWC' | 'NCHW';
	dimRoundingMode?: 'floor' | 'round' | 'ceil';
	filterShape: [number, number, number, number];
}

export function geometryOf(tf: Tf, xShape: number[], attrs: Attrs): ConvGeometry {
	if (attrs.dataFormat === 'NCHW') throw new Error('Conv2DBackpropFilter: NCHW is not supported');
	const info = tf.backend_util.computeConv2DInfo(
		xShape as [number, number, number, number],
		attrs.filterShape,
		attrs.strides,
		1,
		attrs.pad,
		attrs.dimRoundingMode,
		false,
		'channelsLast'
	);
	return {
		batch: info.batchSize,
		inH: info.inHeight,
		inW: info.inWidth,
		inC: info.inChannels,
		outH: info.outHeight,
		outW: info.outWidth,
		outC: info.outChannels,
		fh: info.filterHeight,
		fw: info.filterWidth,
		sh: info.strideHeight,
		sw: info.strideWidth,
		padTop: info.padInfo.top,
		padLeft: info.padInfo.left
	};
}

export function conv2dBackpropFilterWasmConfig(tf: Tf): tfc.KernelConfig {
	const kernelFunc = (args: {
		inputs: tfc.NamedTensorInfoMap;
		backend: unknown;
		attrs?: tfc.NamedAttrMap;
	}): tfc.TensorInfo => {
		const backend = args.backend as BackendWasm;
		const { x, dy } = args.inputs as { x: tfc.TensorInfo; dy: tfc.TensorInfo };
		const attrs = args.attrs as unknown as Attrs;
		const g = geometryOf(tf, x.shape, attrs);
		const K = g.fh * g.fw * g.inC;
		const P = g.batch * g.outH * g.outW;
		// Allocate first: growing the heap detaches earlier views.
		const col = backend.makeOutput([1, K, P], 'float32');
		const xs = backend.typedArrayFromHeap(x) as Float32Array;
		const cs = backend.typedArrayFromHeap(col) as Float32Array;
		im2colT(xs, cs, g);
		const reshape = tf.getKernel('Reshape', 'wasm')!.kernelFunc;
		const matMul = tf.getKernel('BatchMatMul', 'wasm')!.kernelFunc;
		const dy3 = reshape({ inputs: { x: dy }, backend, attrs: { shape: [1, P, g.outC] } }) as tfc.TensorInfo;
		const out = matMul({
			inputs: { a: col, b: dy3 },
			backend,
			attrs: { transposeA: false, transposeB: false }
		}) as tfc.TensorInfo;
		backend.disposeData(col.dataId);
		backend.disposeData(dy3.dataId);
		out.shape = [...attrs.filterShape];
		return out;
	};
	return {
		kernelName: 'Conv2DBackpropFilter',
		backendName: 'wasm',
		kernelFunc: kernelFunc as tfc.KernelFunc
	};
}
