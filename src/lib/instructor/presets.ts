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

export const PRESETS: Record<string, Preset[]> = {
	environments: [
		{ label: 'instructor.preset.environments.venv-1', query: 'env=venv_1' },
		{ label: 'instructor.preset.environments.venv-2', query: 'env=venv_2' },
		{ label: 'instructor.preset.environments.venv-3', query: 'env=venv_3' }
	],
	'linear-model': [
		{ label: 'instructor.preset.linear-model.worked', query: 'w=0.9&b=2&x=25' },
		{ label: 'instructor.preset.linear-model.poor', query: 'w=0.2&b=0' },
		{ label: 'instructor.preset.linear-model.classify', query: 'mode=classification&w=1&b=0&x=30&cutoff=25' }
	],
	convolution: [
		{
			label: 'instructor.preset.convolution.worked',
			query: 'input=1,1,1,0,0;0,1,1,1,0;0,0,1,1,1;0,0,1,1,0;0,1,1,0,0&kernel=1,0,1;0,1,0;1,0,1'
		},
		{
			label: 'instructor.preset.convolution.worked-cell',
			query: 'input=1,1,1,0,0;0,1,1,1,0;0,0,1,1,1;0,0,1,1,0;0,1,1,0,0&kernel=1,0,1;0,1,0;1,0,1&row=1&col=1'
		},
		{ label: 'instructor.preset.convolution.stride', query: 'kernel=sharpen&stride=2&padding=same' },
		{ label: 'instructor.preset.convolution.sobel', query: 'kernel=sobel-x' }
	],
	'filter-gallery': [
		{ label: 'instructor.preset.filter-gallery.sobel', query: 'kernel=sobel-x' },
		{ label: 'instructor.preset.filter-gallery.blur', query: 'kernel=gaussian-5&normalize=true' },
		{ label: 'instructor.preset.filter-gallery.sharpen', query: 'kernel=sharpen' }
	],
	pooling: [
		{
			label: 'instructor.preset.pooling.max',
			query: 'input=1,3,2,4;5,6,7,8;3,2,1,0;1,2,3,4&size=2&stride=2&mode=max'
		},
		{
			label: 'instructor.preset.pooling.avg',
			query: 'input=1,3,2,4;5,6,7,8;3,2,1,0;1,2,3,4&size=2&stride=2&mode=avg'
		},
		{
			label: 'instructor.preset.pooling.overlap',
			query: 'input=1,3,2,4;5,6,7,8;3,2,1,0;1,2,3,4&size=3&stride=1&mode=max'
		}
	],
	'gradient-descent': [
		{ label: 'instructor.preset.gradient-descent.converge', query: 'fn=quadratic&lr=0.1&x0=1&steps=100' },
		{ label: 'instructor.preset.gradient-descent.diverge', query: 'fn=quadratic&lr=1.1&x0=1&steps=100' },
		{ label: 'instructor.preset.gradient-descent.local', query: 'fn=double-well&lr=0.01&x0=2&steps=200' }
	],
	activation: [
		{ label: 'instructor.preset.activation.sigmoid', query: 'fn=sigmoid&z=4' },
		{ label: 'instructor.preset.activation.relu', query: 'fn=relu&z=-2' },
		{ label: 'instructor.preset.activation.tanh', query: 'fn=tanh&z=0.5' }
	],
	'gradient-descent-2d': [
		{ label: 'instructor.preset.gradient-descent-2d.valley', query: 'fn=valley&lr=0.4&steps=50' },
		{
			label: 'instructor.preset.gradient-descent-2d.momentum',
			query: 'fn=valley&lr=0.4&momentum=0.9&steps=50'
		},
		{ label: 'instructor.preset.gradient-descent-2d.bowl', query: 'fn=bowl&lr=0.1&steps=30' }
	],
	fitting: [
		{ label: 'instructor.preset.fitting.under', query: 'degree=1&n=10' },
		{ label: 'instructor.preset.fitting.good', query: 'degree=3&n=10' },
		{ label: 'instructor.preset.fitting.over', query: 'degree=9&n=10&truth=true' }
	],
	'confusion-matrix': [
		{ label: 'instructor.preset.confusion-matrix.covid', query: 'tp=1&fp=2&fn=1&tn=96' },
		{ label: 'instructor.preset.confusion-matrix.balanced', query: 'tp=40&fp=10&fn=10&tn=40' },
		{ label: 'instructor.preset.confusion-matrix.undefined', query: 'tp=0&fp=0&fn=5&tn=95' }
	],
	threshold: [
		{ label: 'instructor.preset.threshold.low', query: 'threshold=0.2' },
		{ label: 'instructor.preset.threshold.mid', query: 'threshold=0.5' },
		{ label: 'instructor.preset.threshold.high', query: 'threshold=0.9' }
	],
	augmentation: [
		{ label: 'instructor.preset.augmentation.flip', query: 'flip=h' },
		{ label: 'instructor.preset.augmentation.mix', query: 'flip=h&rotate=15&shift-x=0.1&seed=1' }
	],
	prevalence: [
		{ label: 'instructor.preset.prevalence.line', query: 'prevalence=0.02' },
		{ label: 'instructor.preset.prevalence.specific', query: 'prevalence=0.02&specificity=0.99' },
		{ label: 'instructor.preset.prevalence.none-flagged', query: 'recall=0&specificity=1' }
	],
	'receptive-field': [
		{ label: 'instructor.preset.receptive-field.two-3x3', query: 'layers=conv3s1,conv3s1&row=2&col=2' },
		{ label: 'instructor.preset.receptive-field.pool', query: 'layers=conv3s1,pool2s2,conv3s1&size=12' },
		{ label: 'instructor.preset.receptive-field.gap', query: 'layers=conv1s2,conv2s1&size=8&row=1&col=1' }
	],
	'conv-channels': [
		{ label: 'instructor.preset.conv-channels.dark', query: 'bias=-20' },
		{ label: 'instructor.preset.conv-channels.linear', query: 'activation=linear&row=0&col=0' },
		{ label: 'instructor.preset.conv-channels.same', query: 'padding=1&row=0&col=0' }
	],
	optimizers: [
		{ label: 'instructor.preset.optimizers.sixty', query: 'steps=60' },
		{ label: 'instructor.preset.optimizers.first-step', query: 'steps=1' },
		{ label: 'instructor.preset.optimizers.diverge', query: 'lr=0.6&steps=30' },
		{ label: 'instructor.preset.optimizers.bowl', query: 'fn=bowl&x0=3&y0=-2&lr=0.05&steps=40' }
	],
	'backprop-stepper': [
		{ label: 'instructor.preset.backprop-stepper.nudge-v1', query: 'nudge=w2-1' },
		{ label: 'instructor.preset.backprop-stepper.nudge-big-h', query: 'nudge=w1-1-1&h=0.5' }
	],
	pixelation: [
		{ label: 'instructor.preset.pixelation.lab', query: 'sizes=32,64,128' },
		{ label: 'instructor.preset.pixelation.blowhole', query: 'seed=16' }
	],
	'global-pooling': [
		{ label: 'instructor.preset.global-pooling.hidden', query: 'units=64' },
		{ label: 'instructor.preset.global-pooling.large', query: 'size=16' }
	],
	'training-lab': [
		{ label: 'instructor.preset.training-lab.quick', query: 'epochs=5&seed=1' },
		{ label: 'instructor.preset.training-lab.longer', query: 'epochs=20&seed=7' }
	]
};

/** The presets of a widget that exists, default state first. */
export function presetsFor(widget: string): Preset[] {
	return [{ label: 'instructor.default', query: '' }, ...(PRESETS[widget] ?? [])];
}
