/**
 * Conv2DBackpropFilter for the wasm backend, which ships without it (so it cannot train a conv
 * net). dW = im2colᵀ(x) · dy: the patches are laid out in the wasm heap as a [K, P] matrix
 * (K = fh·fw·cin, P = batch·outH·outW) and multiplied by dy seen as [P, cout] with the backend's
 * own SIMD matrix multiply.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { ConvGeometry } from './im2col';
import { runPooled } from './kernel-pool';

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
	const f32 = (t: tfc.TensorInfo) => backend.typedArrayFromHeap(t) as Float32Array;
	// Allocate first: growing the heap detaches earlier views (when it is not shared).
	let xt = backend.makeOutput([C, inH, inW, B], 'float32');
	let dyt = backend.makeOutput([outH, outW, B, O], 'float32');
	// Each layout change is split by image across the kernel pool's threads.
	runPooled('nhwcToCHWB', { B, hw: inH * inW, C }, [f32(x), f32(xt)], () => {
		xt = backend.makeOutput([C, inH, inW, B], 'float32');
		return [f32(x), f32(xt)];
	});
	runPooled('nhwcToHWBC', { B, hw: outH * outW, C: O }, [f32(dy), f32(dyt)], () => {
		dyt = backend.makeOutput([outH, outW, B, O], 'float32');
		return [f32(dy), f32(dyt)];
	});
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
	let dw = backend.makeOutput([fh, fw, C, O], 'float32');
	runPooled('ctoToTco', { C, taps: fh * fw, O }, [f32(out), f32(dw)], () => {
		dw = backend.makeOutput([fh, fw, C, O], 'float32');
		return [f32(out), f32(dw)];
	});
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
		let col = backend.makeOutput([1, K, P], 'float32');
		const f32 = (t: tfc.TensorInfo) => backend.typedArrayFromHeap(t) as Float32Array;
		runPooled('im2colT', g, [f32(x), f32(col)], () => {
			col = backend.makeOutput([1, K, P], 'float32');
			return [f32(x), f32(col)];
		});
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
