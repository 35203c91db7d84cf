// Trains the lab's default model on the real casting photos and scores it on photos it did not
// see: stratified k-fold cross-validation (each photo is scored once, by the model that did not
// train on it), pooled ROC-AUC and accuracy at 0.5, per class-weight mode.
//   npm run lab:real-cv   (env: FOLDS, default 5; SIZE; EPOCHS; CW=balanced,none; REAL_CASTINGS;
//   AUG=0 for no augmentation; START=scratch,built-in,built-in-frozen: each fold's model starts
//   from fresh weights, or from a copy of one model trained on the built-in castings with the
//   defaults (transfer learning), its convolutions trained further or frozen)
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '../../src/lib/lab/backend';
import { buildModel, compileModel, DEFAULT_ARCHITECTURE } from '../../src/lib/lab/model';
import {
	DEFAULT_SETTINGS,
	predictScores,
	splitValidation,
	subset,
	trainModel
} from '../../src/lib/lab/train';
import { classWeightsFor, type ClassWeightMode } from '../../src/lib/lab/class-weights';
import { LAB_DEFAULTS } from '../../src/lib/lab/defaults';
import { rocAuc } from '../../src/lib/math/metrics';
import { NO_AUGMENTATION } from '../../src/lib/math/augment';
import { trainDefault } from '../../src/lib/lab/train';
import { rng, shuffle } from '../../src/lib/math/rng';
import { loadRealPhotos, realPhotosDir } from './real-photos';

const dir = realPhotosDir();
if (!dir) {
	console.log('real-cv: skipped (no real-castings folder; set REAL_CASTINGS)');
	process.exit(0);
}
await initBackend(tf, 'fast-cpu');
const size = Number(process.env.SIZE ?? LAB_DEFAULTS.size);
const k = Number(process.env.FOLDS ?? 5);
const modes = (process.env.CW ?? 'none,balanced').split(',') as ClassWeightMode[];
const starts = (process.env.START ?? 'scratch').split(',');
const all = loadRealPhotos(dir, size);
// stratified folds, seeded
const fold = new Array<number>(all.count).fill(0);
const r = rng(7);
for (const cls of [0, 1])
	shuffle(
		r,
		Array.from({ length: all.count }, (_, i) => i).filter((i) => all.labels[i] === cls)
	).forEach((i, j) => (fold[i] = j % k));

// the model trained on the built-in castings, when a start needs it
let base: tf.LayersModel | null = null;
if (starts.some((s) => s !== 'scratch')) {
	const r = await trainDefault(tf, { size });
	base = r.model;
	console.log(`built-in model: test-accuracy ${r.testAccuracy} on its own test set`);
}

for (const start of starts)
	for (const mode of modes) {
		const s = {
			...DEFAULT_SETTINGS,
			classWeight: mode,
			...(process.env.EPOCHS ? { epochs: Number(process.env.EPOCHS) } : {}),
			...(process.env.AUG === '0' ? { augmentation: NO_AUGMENTATION } : {})
		};
		const scores = new Array<number>(all.count).fill(0);
		const t0 = performance.now();
		for (let f = 0; f < k; f++) {
			const trIdx = fold.flatMap((g, i) => (g === f ? [] : [i]));
			const teIdx = fold.flatMap((g, i) => (g === f ? [i] : []));
			const { train, val } = splitValidation(subset(all, trIdx), LAB_DEFAULTS.valSplit, s.seed + f);
			const model = buildModel(tf, DEFAULT_ARCHITECTURE, size, s.seed + f);
			if (base) {
				if (start !== 'scratch') model.setWeights(base.getWeights());
				if (start === 'built-in-frozen')
					for (const l of model.layers) if (l.getClassName() === 'Conv2D') l.trainable = false;
			}
			compileModel(tf, model, s.optimizer, s.learningRate, classWeightsFor(mode, train.labels));
			await trainModel(tf, model, train, val, s);
			const p = await predictScores(tf, model, subset(all, teIdx));
			teIdx.forEach((i, j) => (scores[i] = p[j]));
			model.dispose();
		}
		const labels = Array.from(all.labels);
		const auc = rocAuc(scores, labels);
		const acc = scores.reduce((a, v, i) => a + ((v >= 0.5 ? 1 : 0) === labels[i] ? 1 : 0), 0) / all.count;
		const flagged = scores.filter((v) => v >= 0.5).length;
		console.log(
			`start ${start}, class-weight ${mode}${process.env.AUG === '0' ? ', no augmentation' : ''}: real-cv-roc-auc ${auc.ok ? auc.value.toFixed(3) : auc.reason}, accuracy at 0.5 ${acc.toFixed(3)}, ` +
				`${flagged}/${all.count} called defective (${k} folds, ${size} px, ${((performance.now() - t0) / 1000).toFixed(0)} s)`
		);
	}
