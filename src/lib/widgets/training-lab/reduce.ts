// What a message from the lab's worker does to the lab's state, as a pure function: the state
// before and the message in, the fields that change and the follow-ups (start training, inspect
// a test image, download files) out. LabState applies both; reduce.test.ts checks each message.
import type { BackendChoice, BackendInfo } from '$lib/lab/backend';
import type { LoadProblem, Skipped } from '$lib/lab/dataset/decode';
import type {
	DataSummary,
	FromWorker,
	HeldOutPrediction,
	Prediction,
	Saliency,
	Samples
} from '$lib/lab/protocol';
import type { BatchLog, EpochLog, TrainEnd } from '$lib/lab/train';
import type { PointingResult } from '$lib/lab/pointing';

/** How many held-out parts the unseen-images step keeps on screen. */
export const HELD_OUT_KEPT = 6;

export type Status = 'idle' | 'training' | 'done' | 'error';

export interface TestResult {
	scores: number[];
	labels: number[];
	names: string[];
	/** Test images as bytes (0…255). */
	pixels: Uint8Array;
	size: number;
	end: TrainEnd;
	/** The epoch whose weights the model holds (the best one when restoreBest was on). */
	keptEpoch: number;
	/** The validation set's scores and labels, when there was one: they suggest a threshold. */
	valScores: number[] | null;
	valLabels: number[] | null;
}

export type Inspection = Omit<Extract<FromWorker, { type: 'inspect' }>, 'type'>;
export type ModelProblem = Extract<FromWorker, { type: 'model-refused' }>['problem'];

/** The part of the lab's state that the worker's messages set. */
export interface LabView {
	status: Status;
	autostart: boolean;
	backendChoice: BackendChoice;
	backend: BackendInfo | null;
	data: DataSummary | null;
	dataSize: number;
	samples: Samples | null;
	skipped: Skipped[];
	dataProblem: LoadProblem | null;
	loading: boolean;
	decode: { done: number; total: number } | null;
	history: EpochLog[];
	/** The training clock (`elapsed`, pauses left out) at the end of each epoch of the run. */
	epochEnds: number[];
	lastBatch: BatchLog | null;
	paused: boolean;
	/** performance.now() when training started (read only, to update `elapsed`). */
	startedAt: number;
	elapsed: number;
	result: TestResult | null;
	error: string | null;
	predictions: Prediction[];
	predicting: boolean;
	predictProgress: { done: number; total: number } | null;
	heldOut: HeldOutPrediction[];
	nextPart: number;
	inspection: Inspection | null;
	/** The latest heat map (of a test or a drawn part). */
	saliency: Saliency | null;
	modelProblem: ModelProblem | null;
	gpuLost: 'training' | 'idle' | null;
	/** The last pointing game's result (for the current model), and one running. */
	pointing: PointingResult | null;
	pointingProgress: { done: number; total: number } | null;
}

export type Effect =
	| { type: 'train' }
	| { type: 'inspect'; index: number }
	| { type: 'download'; files: { name: string; blob: Blob }[] };

export interface Reduced {
	patch: Partial<LabView>;
	effects: Effect[];
}

/** The fields a failure sets (a worker error, or the worker itself failing). */
export function failure(message: string): Partial<LabView> {
	return { status: 'error', error: message, loading: false, predicting: false, pointingProgress: null };
}

/** The state's change on message `m`; `now` is performance.now() at its arrival. */
export function reduce(s: Readonly<LabView>, m: FromWorker, now: number): Reduced {
	const only = (patch: Partial<LabView>): Reduced => ({ patch, effects: [] });
	switch (m.type) {
		case 'backend':
			return only({ backend: m.info });
		case 'pong':
			return only({});
		case 'decode-progress':
			return only({ decode: { done: m.done, total: m.total } });
		case 'data': {
			const patch: Partial<LabView> = {
				loading: false,
				decode: null,
				data: m.summary,
				dataSize: m.summary.size,
				samples: m.samples,
				skipped: m.skipped,
				result: null,
				history: [],
				epochEnds: [],
				predictions: [],
				heldOut: [],
				nextPart: 0,
				pointing: null
			};
			if (s.status !== 'training') patch.status = 'idle';
			if (!s.autostart) return only(patch);
			return { patch: { ...patch, autostart: false }, effects: [{ type: 'train' }] };
		}
		case 'data-refused':
			return only({ loading: false, decode: null, dataProblem: m.problem, skipped: m.skipped });
		case 'batch':
			// a batch that was running when Pause was pressed still reports: the clock stays stopped
			return only({ lastBatch: m.log, elapsed: s.paused ? s.elapsed : (now - s.startedAt) / 1000 });
		case 'epoch': {
			// the clock stands still while paused (a log can arrive just after Pause)
			const at = s.paused ? s.elapsed : (now - s.startedAt) / 1000;
			return only({ history: [...s.history, m.log], epochEnds: [...s.epochEnds, at], elapsed: at });
		}
		case 'done':
			return {
				patch: {
					result: {
						scores: Array.from(m.testScores),
						labels: Array.from(m.testLabels),
						names: m.testNames,
						pixels: m.testPixels,
						size: m.size,
						end: m.end,
						keptEpoch: m.keptEpoch,
						valScores: m.valScores ? Array.from(m.valScores) : null,
						valLabels: m.valLabels ? Array.from(m.valLabels) : null
					},
					status: 'done',
					paused: false,
					modelProblem: null,
					inspection: null,
					saliency: null,
					pointing: null
				},
				effects: [{ type: 'inspect', index: 0 }]
			};
		case 'gpu-lost':
			// the model lived on the GPU and is gone; the data is kept, training starts again on CPU
			return only({
				gpuLost: m.duringTraining ? 'training' : 'idle',
				backendChoice: 'fast-cpu',
				status: 'idle',
				paused: false,
				result: null,
				inspection: null,
				saliency: null,
				heldOut: [],
				predictions: [],
				pointing: null,
				pointingProgress: null
			});
		case 'part-prediction':
			return only({ heldOut: [m.part, ...s.heldOut].slice(0, HELD_OUT_KEPT) });
		case 'predict-progress':
			return only({ predictProgress: { done: m.done, total: m.total } });
		case 'predictions':
			return only({ predictions: m.items, predicting: false, predictProgress: null });
		case 'error':
			return only(failure(m.message));
		case 'saved':
			return { patch: {}, effects: [{ type: 'download', files: m.files }] };
		case 'model-refused':
			return only({ modelProblem: m.problem });
		case 'inspect':
			return only({ inspection: { filters: m.filters, maps: m.maps, image: m.image } });
		case 'saliency':
			return only({ saliency: m.saliency });
		case 'pointing-progress':
			return only({ pointingProgress: { done: m.done, total: m.total } });
		case 'pointing':
			return only({ pointing: m.result, pointingProgress: null });
		case 'pointing-cancelled':
			return only({ pointingProgress: null });
	}
}
