import { standardiseImages } from '../../math/standardise';
import { LAB_DEFAULTS, type InputNorm } from '../defaults';

// Images are stored as bytes (0…255), as in an 8-bit photo: a quarter of the memory of floats,
// which matters for thousands of images in a phone's browser. The model sees floats in 0…1.

/** Bytes → floats in 0…1 (into `out` when given). */
export function toUnit(
	src: ArrayLike<number>,
	out: Float32Array<ArrayBufferLike> = new Float32Array(src.length)
): Float32Array<ArrayBufferLike> {
	for (let i = 0; i < src.length; i++) out[i] = src[i] / 255;
	return out;
}

/**
 * Images in 0…1 (`count` of `n` values, consecutive) as the model takes them, in place: per-image
 * standardised when the lab's input normalisation says so (defaults.ts), else unchanged. Every path
 * into a model (training batches, predictions, occlusion, the filter probe) goes through here.
 */
export function modelInput<T extends Float32Array<ArrayBufferLike>>(
	unit: T,
	n: number,
	norm: InputNorm = LAB_DEFAULTS.inputNorm
): T {
	return norm === 'per-image' ? standardiseImages(unit, n) : unit;
}

/** Floats in 0…1 → bytes, rounded and clamped (into `out` when given). */
export function toBytes(
	src: ArrayLike<number>,
	out: Uint8Array<ArrayBufferLike> = new Uint8Array(src.length)
): Uint8Array<ArrayBufferLike> {
	for (let i = 0; i < src.length; i++) {
		const v = src[i];
		out[i] = v >= 1 ? 255 : v > 0 ? Math.round(v * 255) : 0; // NaN → 0
	}
	return out;
}
