// Useful states of each widget for class, as embed links (query strings in the contract's
// parameters, docs/CONTRACT.md). The /instructors/ page lists only widgets that exist
// (src/lib/widgets/registry.ts), so entries for widgets still being built wait harmlessly.
import { useStrings, type MessageKey } from '$lib/i18n';
import deeperStrings from '$lib/i18n/areas/deeper';
import instructorStrings from '$lib/i18n/areas/instructor';

useStrings(deeperStrings, instructorStrings);

export interface Preset {
	/** Interface-string key of its description. */
	label: MessageKey;
	/** Query string, without `?`. */
	query: string;
}

/**
 * Each widget's presets, by the id that names its description: the interface string
 * `instructor.preset.<widget>.<id>`, checked below to exist.
 */
const QUERIES = {
	environments: {
		'venv-1': 'env=venv_1',
		'venv-2': 'env=venv_2',
		'venv-3': 'env=venv_3'
	},
	'linear-model': {
		worked: 'w=0.9&b=2&x=25',
		poor: 'w=0.2&b=0',
		classify: 'mode=classification&w=1&b=0&x=30&cutoff=25'
	},
	convolution: {
		worked: 'input=1,1,1,0,0;0,1,1,1,0;0,0,1,1,1;0,0,1,1,0;0,1,1,0,0&kernel=1,0,1;0,1,0;1,0,1',
		'worked-cell':
			'input=1,1,1,0,0;0,1,1,1,0;0,0,1,1,1;0,0,1,1,0;0,1,1,0,0&kernel=1,0,1;0,1,0;1,0,1&row=1&col=1',
		stride: 'kernel=sharpen&stride=2&padding=same',
		sobel: 'kernel=sobel-x'
	},
	'filter-gallery': {
		sobel: 'kernel=sobel-x',
		blur: 'kernel=gaussian-5&normalize=true',
		sharpen: 'kernel=sharpen'
	},
	pooling: {
		max: 'input=1,3,2,4;5,6,7,8;3,2,1,0;1,2,3,4&size=2&stride=2&mode=max',
		avg: 'input=1,3,2,4;5,6,7,8;3,2,1,0;1,2,3,4&size=2&stride=2&mode=avg',
		overlap: 'input=1,3,2,4;5,6,7,8;3,2,1,0;1,2,3,4&size=3&stride=1&mode=max'
	},
	'gradient-descent': {
		converge: 'fn=quadratic&lr=0.1&x0=1&steps=100',
		diverge: 'fn=quadratic&lr=1.1&x0=1&steps=100',
		local: 'fn=double-well&lr=0.01&x0=2&steps=200'
	},
	activation: {
		sigmoid: 'fn=sigmoid&z=4',
		relu: 'fn=relu&z=-2',
		tanh: 'fn=tanh&z=0.5'
	},
	'gradient-descent-2d': {
		valley: 'fn=valley&lr=0.4&steps=50',
		momentum: 'fn=valley&lr=0.4&momentum=0.9&steps=50',
		bowl: 'fn=bowl&lr=0.1&steps=30'
	},
	fitting: {
		under: 'degree=1&n=10',
		good: 'degree=3&n=10',
		over: 'degree=9&n=10&truth=true'
	},
	'confusion-matrix': {
		covid: 'tp=1&fp=2&fn=1&tn=96',
		balanced: 'tp=40&fp=10&fn=10&tn=40',
		undefined: 'tp=0&fp=0&fn=5&tn=95'
	},
	threshold: {
		low: 'threshold=0.2',
		mid: 'threshold=0.5',
		high: 'threshold=0.9'
	},
	augmentation: {
		flip: 'flip=h',
		mix: 'flip=h&rotate=15&shift-x=0.1&seed=1'
	},
	prevalence: {
		line: 'prevalence=0.02',
		specific: 'prevalence=0.02&specificity=0.99',
		'none-flagged': 'recall=0&specificity=1'
	},
	'receptive-field': {
		'two-3x3': 'layers=conv3s1,conv3s1&row=2&col=2',
		pool: 'layers=conv3s1,pool2s2,conv3s1&size=12',
		gap: 'layers=conv1s2,conv2s1&size=8&row=1&col=1'
	},
	'conv-channels': {
		dark: 'bias=-20',
		linear: 'activation=linear&row=0&col=0',
		same: 'padding=1&row=0&col=0'
	},
	optimizers: {
		sixty: 'steps=60',
		'first-step': 'steps=1',
		diverge: 'lr=0.6&steps=30',
		bowl: 'fn=bowl&x0=3&y0=-2&lr=0.05&steps=40'
	},
	'backprop-stepper': {
		'nudge-v1': 'nudge=w2-1',
		'nudge-big-h': 'nudge=w1-1-1&h=0.5'
	},
	minibatch: {
		one: 'batch=1&steps=40',
		full: 'batch=8'
	},
	pixelation: {
		lab: 'sizes=32,64,128',
		blowhole: 'seed=16'
	},
	'global-pooling': {
		hidden: 'units=64',
		large: 'size=16'
	},
	'training-lab': {
		quick: 'epochs=5&seed=1',
		longer: 'epochs=20&seed=7'
	}
} as const;

type Widget = keyof typeof QUERIES;
/** The description key of every preset: a type error names a preset with no interface string. */
type PresetKey = { [W in Widget]: `instructor.preset.${W}.${keyof (typeof QUERIES)[W] & string}` }[Widget];
const labelled: PresetKey extends MessageKey ? true : never = true;

export const PRESETS: Record<string, Preset[]> = Object.fromEntries(
	Object.entries(QUERIES).map(([widget, queries]) => [
		widget,
		Object.entries(queries).map(([id, query]) => ({
			label: `instructor.preset.${widget}.${id}` as PresetKey,
			query
		}))
	])
);
void labelled;

/** The presets of a widget that exists, default state first. */
export function presetsFor(widget: string): Preset[] {
	return [{ label: 'instructor.default', query: '' }, ...(PRESETS[widget] ?? [])];
}
