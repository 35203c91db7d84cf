// Saving the lab's model as files (casting-model.json + casting-model.weights.bin, the format
// tfjs's loadLayersModel and tensorflowjs_converter read) and loading such files back.
import type * as TF from '@tensorflow/tfjs';
import type { Tf } from './model';

export const MODEL_JSON = 'casting-model.json';
export const MODEL_WEIGHTS = 'casting-model.weights.bin';

export interface NamedBlob {
	name: string;
	blob: Blob;
}

/** The model's topology and weights as two files. */
export async function saveModelFiles(tf: Tf, model: TF.LayersModel): Promise<NamedBlob[]> {
	let files: NamedBlob[] = [];
	await model.save(
		tf.io.withSaveHandler(async (a) => {
			const weights = a.weightData instanceof ArrayBuffer ? a.weightData : new Uint8Array(0).buffer;
			const json = {
				format: 'layers-model',
				generatedBy: 'CNN Inspection Lab',
				modelTopology: a.modelTopology,
				weightsManifest: [{ paths: [`./${MODEL_WEIGHTS}`], weights: a.weightSpecs }]
			};
			files = [
				{ name: MODEL_JSON, blob: new Blob([JSON.stringify(json)], { type: 'application/json' }) },
				{ name: MODEL_WEIGHTS, blob: new Blob([weights]) }
			];
			return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
		})
	);
	return files;
}

export type ModelProblem = 'files' | 'shape' | 'read';

/**
 * A model from a .json and its weight files, checked to take size×size×1 images and give one
 * probability; or why not.
 */
export async function loadModelFiles(
	tf: Tf,
	blobs: Blob[],
	names: string[],
	size: number
): Promise<{ ok: true; model: TF.LayersModel } | { ok: false; reason: ModelProblem }> {
	const isJson = (i: number) => names[i].endsWith('.json');
	const json = blobs.find((_, i) => isJson(i));
	const bins = blobs.map((b, i) => ({ b, name: names[i] })).filter((_, i) => !isJson(i));
	if (!json || bins.length === 0) return { ok: false, reason: 'files' };
	let loaded: TF.LayersModel;
	try {
		const files = [new File([json], 'model.json'), ...bins.map(({ b, name }) => new File([b], name))];
		loaded = await tf.loadLayersModel(tf.io.browserFiles(files));
	} catch {
		return { ok: false, reason: 'read' };
	}
	const inS = loaded.inputs[0].shape,
		outS = loaded.outputs[0].shape;
	if (inS[1] !== size || inS[2] !== size || inS[3] !== 1 || outS.length !== 2 || outS[1] !== 1) {
		loaded.dispose();
		return { ok: false, reason: 'shape' };
	}
	return { ok: true, model: loaded };
}
