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

export type ModelProblemReason =
	'files' | 'missing' | 'json' | 'format' | 'size' | 'weights' | 'shape' | 'read';

/** Why a model was refused, naming the file at fault (and what was wrong, where known). */
export interface ModelProblem {
	reason: ModelProblemReason;
	file?: string;
	detail?: string;
	expected?: number;
	actual?: number;
}

interface WeightSpec {
	name: string;
	shape: number[];
	dtype: string;
	quantization?: { dtype: string };
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

/** The bytes a weight takes in the .bin, or NaN for a shape or dtype that makes no sense. */
export function weightBytes(w: WeightSpec): number {
	const per = BYTES[w.quantization?.dtype ?? w.dtype];
	if (!per || !Array.isArray(w.shape) || !w.shape.every((d) => Number.isInteger(d) && d >= 0)) return NaN;
	return w.shape.reduce((a, d) => a * d, 1) * per;
}

const baseName = (path: string) => path.split('/').pop() ?? path;

/**
 * Read a model.json's text: parsed, and checked to be a layers model whose weights manifest
 * lists weights with shapes; or why not.
 */
export function parseModelJson(
	text: string,
	file: string
):
	| { ok: true; topology: object; specs: WeightSpec[]; paths: string[] }
	| { ok: false; problem: ModelProblem } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (err) {
		const detail = err instanceof Error ? err.message : String(err);
		return { ok: false, problem: { reason: 'json', file, detail } };
	}
	const j = json as { modelTopology?: unknown; weightsManifest?: unknown } | null;
	const manifest = j?.weightsManifest;
	const isGroup = (g: unknown): g is { paths: string[]; weights: WeightSpec[] } =>
		typeof g === 'object' &&
		g !== null &&
		Array.isArray((g as { paths?: unknown }).paths) &&
		(g as { paths: unknown[] }).paths.every((p) => typeof p === 'string') &&
		Array.isArray((g as { weights?: unknown }).weights) &&
		(g as { weights: unknown[] }).weights.every(
			(w) => typeof w === 'object' && w !== null && typeof (w as WeightSpec).name === 'string'
		);
	if (
		typeof j?.modelTopology !== 'object' ||
		j.modelTopology === null ||
		!Array.isArray(manifest) ||
		!manifest.every(isGroup)
	)
		return { ok: false, problem: { reason: 'format', file } };
	const specs = manifest.flatMap((g) => g.weights);
	const bad = specs.find((w) => !Number.isFinite(weightBytes(w)));
	if (bad) return { ok: false, problem: { reason: 'format', file, detail: bad.name } };
	return { ok: true, topology: j.modelTopology, specs, paths: manifest.flatMap((g) => g.paths) };
}

/**
 * A model from a .json and its weight files, checked to take size×size×1 images and give one
 * probability; or why not, naming the file. Nothing here can hang or throw past the caller:
 * the JSON is parsed here (tfjs's own file reader throws a parse error where no one catches it).
 */
export async function loadModelFiles(
	tf: Tf,
	blobs: Blob[],
	names: string[],
	size: number
): Promise<{ ok: true; model: TF.LayersModel } | { ok: false; problem: ModelProblem }> {
	const isJson = (i: number) => /\.json$/i.test(names[i]);
	const ji = blobs.findIndex((_, i) => isJson(i));
	const bins = blobs.map((blob, i) => ({ blob, name: names[i] })).filter((_, i) => !isJson(i));
	if (ji < 0 || bins.length === 0) return { ok: false, problem: { reason: 'files' } };
	const jsonName = names[ji];
	const parsed = parseModelJson(await blobs[ji].text(), jsonName);
	if (!parsed.ok) return parsed;
	// the weight files in the manifest's order, by name (one file of another name stands in for one path)
	const chosen: { blob: Blob; name: string }[] = [];
	for (const path of parsed.paths) {
		const want = baseName(path);
		const hit =
			bins.find((b) => baseName(b.name) === want) ??
			(parsed.paths.length === 1 && bins.length === 1 ? bins[0] : undefined);
		if (!hit) return { ok: false, problem: { reason: 'missing', file: want } };
		chosen.push(hit);
	}
	const expected = parsed.specs.reduce((a, w) => a + weightBytes(w), 0);
	const actual = chosen.reduce((a, b) => a + b.blob.size, 0);
	const binNames = chosen.map((b) => b.name).join(', ');
	if (expected !== actual)
		return { ok: false, problem: { reason: 'size', file: binNames, expected, actual } };
	let loaded: TF.LayersModel;
	try {
		const weightData = await new Blob(chosen.map((b) => b.blob)).arrayBuffer();
		loaded = await tf.loadLayersModel(
			tf.io.fromMemory({
				modelTopology: parsed.topology,
				weightSpecs: parsed.specs as TF.io.WeightsManifestEntry[],
				weightData
			})
		);
	} catch (err) {
		const detail = err instanceof Error ? err.message : String(err);
		const reason = /shape/i.test(detail) ? 'weights' : 'read';
		return { ok: false, problem: { reason, file: jsonName, detail } };
	}
	const inS = loaded.inputs[0].shape,
		outS = loaded.outputs[0].shape;
	if (inS[1] !== size || inS[2] !== size || inS[3] !== 1 || outS.length !== 2 || outS[1] !== 1) {
		loaded.dispose();
		return { ok: false, problem: { reason: 'shape', file: jsonName } };
	}
	return { ok: true, model: loaded };
}
