// The lab's occlusion settings: a patch an eighth of the image wide (8 px at 64 px, about the size
// of the larger real defects), moved half a patch at a time, painted with the part's mean grey so
// that the patch itself adds no edge the model might react to more than to what it hides.
import type * as TF from '@tensorflow/tfjs';
import type { OcclusionOptions, ScoreBatch } from '$lib/math/saliency';
import { modelInput } from './dataset/pixels';

export function occlusionSettings(image: Float32Array, size: number): Required<OcclusionOptions> {
	const patch = Math.max(2, Math.round(size / 8));
	const stride = Math.max(1, Math.floor(patch / 2));
	let sum = 0;
	for (const v of image) sum += v;
	return { patch, stride, fill: image.length ? sum / image.length : 0.5, batch: 32 };
}

/** P(defective) of a batch of size×size images (0…1) under `model`, in one predict call. */
export function batchScorer(t: typeof TF, model: TF.LayersModel, size: number): ScoreBatch {
	const n = size * size;
	return async (images) => {
		const batch = new Float32Array(images.length * n);
		images.forEach((im, k) => batch.set(im, k * n));
		modelInput(batch, n);
		const x = t.tensor4d(batch, [images.length, size, size, 1]);
		const y = model.predict(x) as TF.Tensor;
		const p = Array.from((await y.data()) as Float32Array);
		x.dispose();
		y.dispose();
		return p;
	};
}
