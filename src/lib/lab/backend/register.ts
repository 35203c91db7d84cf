/** Registers the fast training kernels with tfjs (idempotent). */
import type * as tfc from '@tensorflow/tfjs-core';
import { conv2dBackpropFilterWasmConfig } from './conv-filter-wasm';
import { batchMatMulWasmConfig } from './matmul-wasm';
import { avgPoolGradWasmConfig, conv2dBackpropInputWasmConfig, maxPoolGradWasmConfig } from './wasm-kernels';

type Tf = Pick<typeof tfc, 'getKernel' | 'backend_util' | 'registerKernel' | 'unregisterKernel'>;

const done = new WeakSet<object>();

/** Our kernels for the wasm backend: the ones it lacks, and faster ones where its own are slow. */
export function wasmKernelConfigs(tf: Tf): tfc.KernelConfig[] {
	const matMul = batchMatMulWasmConfig(tf);
	return [
		...(matMul ? [matMul] : []),
		conv2dBackpropFilterWasmConfig(tf),
		conv2dBackpropInputWasmConfig(tf),
		maxPoolGradWasmConfig(tf),
		avgPoolGradWasmConfig(tf)
	];
}

export function registerWasmKernels(tf: Tf): void {
	if (done.has(tf.registerKernel)) return;
	for (const config of wasmKernelConfigs(tf)) {
		if (tf.getKernel(config.kernelName, config.backendName)) {
			tf.unregisterKernel(config.kernelName, config.backendName);
		}
		tf.registerKernel(config);
	}
	done.add(tf.registerKernel);
}
