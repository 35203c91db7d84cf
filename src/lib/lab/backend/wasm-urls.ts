/** The wasm backend's binaries, served from the site itself (Vite copies them as hashed assets). */
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

export const wasmPaths = {
	'tfjs-backend-wasm.wasm': plain,
	'tfjs-backend-wasm-simd.wasm': simd,
	'tfjs-backend-wasm-threaded-simd.wasm': threaded
};
