// Messages between the training lab's page and its Web Worker (worker.ts).
import type { Locale } from '$lib/i18n/locale';
import type { Layer } from '$lib/math/architecture';
import type { BackendChoice, BackendInfo } from './backend';
import type { Skipped, LoadProblem, SkipReason } from './dataset/decode';
import type { Preset } from './dataset/generate';
import type { DefectKind } from './dataset/part';
import type { ModelProblem } from './model-files';
import type { PointingResult } from './pointing';
import type { Shortcut } from './dataset/shortcut';
import type { DefectMark } from '$lib/math/saliency';
import type { BatchLog, EpochLog, TrainEnd, TrainSettings } from './train';

export interface DataSummary {
	source: 'built-in' | 'upload';
	size: number;
	train: { count: number; defective: number };
	test: { count: number; defective: number };
	splitFromFolders: boolean;
	/** The shortcut experiment's mark on the defective images ('none' for uploads). */
	shortcut?: Shortcut;
}

/**
 * One tested file: its P(defective), or why it was skipped. `label` is its class when the file
 * sits in a `def…` or `ok…` folder (a picked folder of labelled photos), as for a data set.
 */
export type Prediction =
	| {
			file: string;
			p: number;
			label?: 0 | 1;
			/** The photo as the model sees it: size×size bytes at the model's input size. */
			pixels?: Uint8Array;
			size?: number;
			/** How unlike the training images it looks (ood.ts); unusual above their 99th percentile. */
			ood?: { score: number; unusual: boolean };
	  }
	| { file: string; reason: SkipReason };

/** A generated part no data set contains, scored by the trained model. */
export interface HeldOutPrediction {
	index: number;
	/** The true class: 1 = defective. */
	label: number;
	/** The defects drawn on it (none for an OK part). */
	kinds: DefectKind[];
	/** The kind it was drawn as (with `index`, it draws the same part again). */
	drawnAs: Preset | 'any';
	p: number;
	pixels: Uint8Array;
	size: number;
	/** A circle round each defect, in input pixels (dataset/defect-mark.ts); none on an OK part. */
	defects: DefectMark[];
}

/** A few images per class for the gallery (size×size grayscale each). */
export interface Samples {
	size: number;
	pixels: Uint8Array;
	labels: Uint8Array;
	names: string[];
}

/** Where the model looked: the drop in P(defective) as a grey patch slides over one part. */
export interface Saliency {
	source: 'test' | 'part';
	index: number;
	/** The part as the model sees it (size×size, 0…1). */
	image: Float32Array;
	size: number;
	/** The true class (1 = defective) and, for a drawn part, its defects. */
	label: number;
	kinds: DefectKind[];
	/** P(defective) of the part as it is. */
	base: number;
	/** The drop per patch position, row by row (rows × cols), and the positions' top-left corners. */
	values: Float32Array;
	rows: number;
	cols: number;
	rowStarts: number[];
	colStarts: number[];
	patch: number;
	stride: number;
	fill: number;
	/** The centre of the patch with the largest drop, in input pixels. */
	peak: { row: number; col: number; value: number };
	/** Where the generator drew the part's defects (none for an OK or uploaded part). */
	defects: DefectMark[];
}

export type ToWorker =
	| { type: 'init'; backend: BackendChoice; locale?: Locale; kernels?: 'pool' | 'single' }
	/** Are you alive? (answered at once with 'pong', outside the command chain) */
	| { type: 'ping' }
	| {
			type: 'generate';
			seed: number;
			count: number;
			testCount: number;
			size: number;
			/** 'mark': the shortcut experiment's mark on every defective image (dataset/shortcut.ts). */
			shortcut?: Shortcut;
	  }
	| { type: 'load'; files: { path: string; blob: Blob }[]; size: number; seed: number }
	| { type: 'train'; architecture: Layer[]; settings: TrainSettings; valSplit: number }
	| { type: 'pause' }
	| { type: 'resume' }
	| { type: 'stop' }
	| { type: 'predict'; files: { path: string; blob: Blob }[] }
	| { type: 'predict-part'; kind: Preset | 'any'; index: number }
	| { type: 'inspect'; index: number }
	/** An occlusion heat map of test part `index`, or of drawn part `index` of `kind`. */
	| { type: 'saliency'; source: 'test' | 'part'; index: number; kind: Preset | 'any' }
	/** The pointing game over `count` drawn defective parts (pointing.ts), with progress. */
	| { type: 'pointing'; count: number }
	/** Stop a running pointing game (outside the command chain, like stop). */
	| { type: 'pointing-cancel' }
	| { type: 'save' }
	/** The data set as a .zip in the public set's layout (answered with 'saved'). */
	| { type: 'export-data' }
	| { type: 'load-model'; files: Blob[]; names: string[] };

export type FromWorker =
	| { type: 'backend'; info: BackendInfo }
	| { type: 'pong' }
	| { type: 'decode-progress'; done: number; total: number }
	| { type: 'data'; summary: DataSummary; samples: Samples; skipped: Skipped[] }
	| { type: 'data-refused'; problem: LoadProblem; skipped: Skipped[] }
	| { type: 'batch'; log: BatchLog }
	| { type: 'epoch'; log: EpochLog }
	| {
			type: 'done';
			end: TrainEnd;
			keptEpoch: number;
			testScores: Float32Array;
			testLabels: Uint8Array;
			testNames: string[];
			testPixels: Uint8Array;
			size: number;
			/** The validation set's scores and labels (none for a loaded model), for a threshold. */
			valScores: Float32Array | null;
			valLabels: Uint8Array | null;
	  }
	| { type: 'part-prediction'; part: HeldOutPrediction }
	/** The WebGL context was lost; the worker moved to the fast CPU backend and has no model. */
	| { type: 'gpu-lost'; duringTraining: boolean }
	| { type: 'predict-progress'; done: number; total: number }
	| { type: 'predictions'; items: Prediction[] }
	| {
			type: 'inspect';
			filters: { k: number; count: number; weights: Float32Array };
			maps: { h: number; w: number; count: number; values: Float32Array };
			image: Float32Array;
	  }
	| { type: 'saliency'; saliency: Saliency }
	| { type: 'pointing-progress'; done: number; total: number }
	| { type: 'pointing'; result: PointingResult }
	| { type: 'pointing-cancelled' }
	| { type: 'saved'; files: { name: string; blob: Blob }[] }
	| { type: 'model-refused'; problem: ModelProblem }
	| { type: 'error'; message: string };
