// The lab's model: a layer list (src/lib/math/architecture.ts) built into a tf.LayersModel.
// tfjs is passed in (it is imported dynamically, in the worker or a bench, never on a lesson page).
import type * as TF from '@tensorflow/tfjs';
import { OUTPUT_LAYER, summarise, type Layer } from '$lib/math/architecture';
import { weightedBce, type ClassWeights } from './class-weights';
import { LAB_DEFAULTS } from './defaults';

export type Tf = typeof TF;

/**
 * The default: three small conv blocks, then a global max pooling ("is this pattern anywhere on
 * the part?": a defect is small and can sit anywhere) straight into the sigmoid output.
 */
export const DEFAULT_ARCHITECTURE: Layer[] = [
	{ type: 'conv2d', filters: 16, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
	{ type: 'maxpool', size: 2, stride: 2 },
	{ type: 'conv2d', filters: 32, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
	{ type: 'maxpool', size: 2, stride: 2 },
	{ type: 'conv2d', filters: 32, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
	{ type: 'maxpool', size: 2, stride: 2 },
	{ type: 'globalMaxPool' }
];

/** The default input size in pixels (images are size×size, grayscale). */
export const DEFAULT_SIZE = LAB_DEFAULTS.size;

export interface BuildOptions {
	/** A batch normalisation after every convolution (experiment). */
	batchNorm?: boolean;
	/** Global average instead of global max pooling (experiment). */
	globalAvg?: boolean;
}

/** Build (not compile) the model; seeded initial weights. Throws on an impossible stack. */
export function buildModel(
	tf: Tf,
	architecture: Layer[],
	inputSize: number,
	seed = 1,
	opts: BuildOptions = {}
): TF.LayersModel {
	const summary = summarise(architecture, inputSize);
	if (summary.problem)
		throw new Error(`Impossible architecture at layer ${summary.problem.index + 1}: ${summary.problem.key}`);
	const model = tf.sequential();
	let first = true;
	const input = () => (first ? { inputShape: [inputSize, inputSize, 1] } : {});
	[...architecture, OUTPUT_LAYER].forEach((l, i) => {
		// He initialisation for relu layers (keeps the signal's scale through the stack), Glorot else
		const relu = 'activation' in l && l.activation === 'relu';
		const init = {
			kernelInitializer: relu
				? tf.initializers.heNormal({ seed: seed * 1000 + i })
				: tf.initializers.glorotUniform({ seed: seed * 1000 + i })
		};
		switch (l.type) {
			case 'conv2d':
				model.add(
					tf.layers.conv2d({
						...input(),
						...init,
						filters: l.filters,
						kernelSize: l.kernel,
						strides: l.stride,
						padding: l.padding,
						activation: opts.batchNorm ? 'linear' : l.activation
					})
				);
				if (opts.batchNorm) {
					model.add(tf.layers.batchNormalization({}));
					model.add(tf.layers.activation({ activation: l.activation }));
				}
				break;
			case 'maxpool':
				model.add(tf.layers.maxPooling2d({ ...input(), poolSize: l.size, strides: l.stride }));
				break;
			case 'avgpool':
				model.add(tf.layers.averagePooling2d({ ...input(), poolSize: l.size, strides: l.stride }));
				break;
			case 'dropout':
				model.add(tf.layers.dropout({ ...input(), rate: l.rate, seed: seed * 1000 + i }));
				break;
			case 'flatten':
				model.add(tf.layers.flatten(input()));
				break;
			case 'globalMaxPool':
				model.add(
					opts.globalAvg ? tf.layers.globalAveragePooling2d(input()) : tf.layers.globalMaxPooling2d(input())
				);
				break;
			case 'dense':
				model.add(tf.layers.dense({ ...input(), ...init, units: l.units, activation: l.activation }));
				break;
		}
		first = false;
	});
	return model;
}

export type OptimizerName = 'sgd' | 'momentum' | 'adam';

export function makeOptimizer(tf: Tf, name: OptimizerName, learningRate: number): TF.Optimizer {
	if (name === 'sgd') return tf.train.sgd(learningRate);
	if (name === 'momentum') return tf.train.momentum(learningRate, 0.9);
	return tf.train.adam(learningRate);
}

/** Compile for training; with `weights`, the loss is Keras's class-weighted cross-entropy. */
export function compileModel(
	tf: Tf,
	model: TF.LayersModel,
	optimizer: OptimizerName,
	learningRate: number,
	weights: ClassWeights | null = null
) {
	model.compile({
		optimizer: makeOptimizer(tf, optimizer, learningRate),
		loss: weights ? weightedBce(tf, weights) : 'binaryCrossentropy',
		metrics: ['accuracy']
	});
}
