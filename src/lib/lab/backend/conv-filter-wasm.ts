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

/** How dW is computed: 'auto' picks per shape; the others force one path (tests, benchmarks). */
export type FilterGradStrategy = 'auto' | 'im2col' | 'conv';
let strategy: FilterGradStrategy = 'auto';
export function setFilterGradStrategy(s: FilterGradStrategy): void {
	strategy = s;
}

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

/**
 * dW as one forward convolution, run by the backend's SIMD Conv2D (XNNPACK): with the batch as
 * channels, dW[c, ky, kx, o] = Σ xᵀ[c, ky + s·oy − p, kx + s·ox − p, b] · dyᵀ[oy, ox, b, o], i.e.
 * conv(xᵀ, dyᵀ) with dilation s. Only two cheap transposes instead of a 9× larger im2col.
 * Returns null when the padding would have to be negative (then im2col is used).
 */
function filterGradViaConv(
	tf: Tf,
	backend: BackendWasm,
	x: tfc.TensorInfo,
	dy: tfc.TensorInfo,
	g: ConvGeometry
): tfc.TensorInfo | null {
	const { batch: B, inH, inW, inC: C, outH, outW, outC: O, fh, fw, sh, sw, padTop, padLeft } = g;
	const padBottom = (outH - 1) * sh + fh - inH - padTop;
	const padRight = (outW - 1) * sw + fw - inW - padLeft;
	if (padTop < 0 || padLeft < 0 || padBottom < 0 || padRight < 0) return null;
	// With few taps per output (e.g. one input channel) im2col is the cheaper rearrangement.
	if (strategy === 'im2col' || (strategy === 'auto' && fh * fw * C <= 2 * (C + O))) return null;
	const xt = backend.makeOutput([C, inH, inW, B], 'float32');
	const dyt = backend.makeOutput([outH, outW, B, O], 'float32');
	{
		const xs = backend.typedArrayFromHeap(x) as Float32Array;
		const xts = backend.typedArrayFromHeap(xt) as Float32Array;
		const hw = inH * inW;
		for (let b = 0; b < B; b++) {
			for (let q = 0; q < hw; q++) {
				const src = (b * hw + q) * C;
				for (let c = 0; c < C; c++) xts[(c * hw + q) * B + b] = xs[src + c];
			}
		}
		const ds = backend.typedArrayFromHeap(dy) as Float32Array;
		const dts = backend.typedArrayFromHeap(dyt) as Float32Array;
		const ohw = outH * outW;
		for (let b = 0; b < B; b++) {
			for (let q = 0; q < ohw; q++) {
				const src = (b * ohw + q) * O;
				const dst = (q * B + b) * O;
				for (let o = 0; o < O; o++) dts[dst + o] = ds[src + o];
			}
		}
	}
	const conv = tf.getKernel('Conv2D', 'wasm')!.kernelFunc;
	const out = conv({
		inputs: { x: xt, filter: dyt },
		backend: backend as unknown as tfc.KernelBackend,
		attrs: {
			strides: 1,
			dilations: [sh, sw],
			dataFormat: 'NHWC',
			pad: [
				[0, 0],
				[padTop, padBottom],
				[padLeft, padRight],
				[0, 0]
			]
		}
	}) as tfc.TensorInfo;
	backend.disposeData(xt.dataId);
	backend.disposeData(dyt.dataId);
	const dw = backend.makeOutput([fh, fw, C, O], 'float32');
	const os = backend.typedArrayFromHeap(out) as Float32Array;
	const ws = backend.typedArrayFromHeap(dw) as Float32Array;
	const taps = fh * fw;
	for (let c = 0; c < C; c++) {
		for (let t = 0; t < taps; t++) {
			const src = (c * taps + t) * O;
			const dst = (t * C + c) * O;
			for (let o = 0; o < O; o++) ws[dst + o] = os[src + o];
		}
	}
	backend.disposeData(out.dataId);
	return dw;
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
		const viaConv = filterGradViaConv(tf, backend, x, dy, g);
		if (viaConv) return viaConv;
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
