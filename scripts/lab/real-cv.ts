// Trains the lab's default model on the real casting photos and scores it on photos it did not
// see: stratified k-fold cross-validation (each photo is scored once, by the model that did not
// train on it), pooled ROC-AUC and accuracy at 0.5, and the mean of the per-fold ROC-AUCs, per
// class-weight mode.
//   npm run lab:real-cv   env, each default the lab's:
//   FOLDS (5); FOLD_SEED (7: which photos share a fold); SIZE; EPOCHS; LR; VAL (the validation
//   share of each fold's training photos; VAL=0: none, so the last epoch's weights are kept);
//   MIN_IMAGES: train at least this many images per fold (epochs raised to ceil(MIN_IMAGES / n));
//   CW=none,balanced,sqrt (sqrt: the square roots of the balanced weights, measurement only);
//   AUG=0 no augmentation, AUG=flips flips only, AUG=dihedral flips and quarter turns (the 8
//   exact symmetries). Each run prints two lines: photos scored as the lab scores them (plain)
//   and as the mean over their 8 symmetries (TTA, test-time augmentation), same models;
//   REAL_CASTINGS (the photo folder);
//   START=scratch,built-in,built-in-frozen: each fold's model starts from fresh weights, or from a
//   copy of one model trained on the built-in castings with the defaults (transfer learning), its
//   convolutions trained further or frozen)
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
import { NO_AUGMENTATION, type AugmentRanges } from '../../src/lib/math/augment';
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
const modes = (process.env.CW ?? 'none,balanced').split(',') as (ClassWeightMode | 'sqrt')[];
const minImages = Number(process.env.MIN_IMAGES ?? 0);
const valShare = Number(process.env.VAL ?? LAB_DEFAULTS.valSplit);
const augmentations: Record<string, AugmentRanges> = {
	'0': NO_AUGMENTATION,
	flips: { ...NO_AUGMENTATION, flipH: true, flipV: true },
	dihedral: { ...NO_AUGMENTATION, flipH: true, flipV: true, quarterTurn: true }
};
const augmentation = process.env.AUG ? augmentations[process.env.AUG] : DEFAULT_SETTINGS.augmentation;
if (!augmentation) throw new Error(`AUG=${process.env.AUG}: one of ${Object.keys(augmentations)}`);
const starts = (process.env.START ?? 'scratch').split(',');
const all = loadRealPhotos(dir, size);
// stratified folds, seeded
const fold = new Array<number>(all.count).fill(0);
const r = rng(Number(process.env.FOLD_SEED ?? 7));
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
			classWeight: mode === 'sqrt' ? 'balanced' : mode,
			augmentation,
			...(process.env.EPOCHS ? { epochs: Number(process.env.EPOCHS) } : {}),
			...(process.env.LR ? { learningRate: Number(process.env.LR) } : {})
		};
		// each photo's score from the model that did not see it: as the lab scores (plain), and as
		// the mean over its 8 symmetries (test-time augmentation, TTA)
		const views = { plain: false, TTA: true };
		const scores = { plain: new Array<number>(all.count).fill(0), TTA: new Array<number>(all.count).fill(0) };
		const foldAucs: Record<keyof typeof views, number[]> = { plain: [], TTA: [] };
		let epochsRun = 0,
			keptSum = 0;
		const t0 = performance.now();
		for (let f = 0; f < k; f++) {
			const trIdx = fold.flatMap((g, i) => (g === f ? [] : [i]));
			const teIdx = fold.flatMap((g, i) => (g === f ? [i] : []));
			const split = splitValidation(subset(all, trIdx), valShare || LAB_DEFAULTS.valSplit, s.seed + f);
			// VAL=0: train on the whole fold, no validation (the last epoch's weights are kept)
			const [train, val] = valShare === 0 ? [subset(all, trIdx), null] : [split.train, split.val];
			const model = buildModel(tf, DEFAULT_ARCHITECTURE, size, s.seed + f);
			if (base) {
				if (start !== 'scratch') model.setWeights(base.getWeights());
				if (start === 'built-in-frozen')
					for (const l of model.layers) if (l.getClassName() === 'Conv2D') l.trainable = false;
			}
			const w = classWeightsFor(s.classWeight, train.labels);
			const weights = w && mode === 'sqrt' ? { ok: Math.sqrt(w.ok), defective: Math.sqrt(w.defective) } : w;
			compileModel(tf, model, s.optimizer, s.learningRate, weights);
			const epochs = Math.max(s.epochs, Math.ceil(minImages / train.count));
			const { keptEpoch } = await trainModel(tf, model, train, val, { ...s, epochs });
			epochsRun = epochs;
			keptSum += keptEpoch;
			for (const [view, tta] of Object.entries(views) as [keyof typeof views, boolean][]) {
				const p = await predictScores(tf, model, subset(all, teIdx), 64, tta);
				teIdx.forEach((i, j) => (scores[view][i] = p[j]));
				const fa = rocAuc(
					Array.from(p),
					teIdx.map((i) => all.labels[i])
				);
				if (fa.ok) foldAucs[view].push(fa.value);
			}
			model.dispose();
		}
		const labels = Array.from(all.labels);
		const seconds = ((performance.now() - t0) / 1000).toFixed(0);
		for (const view of Object.keys(views) as (keyof typeof views)[]) {
			const sc = scores[view];
			const auc = rocAuc(sc, labels);
			const acc = sc.reduce((a, v, i) => a + ((v >= 0.5 ? 1 : 0) === labels[i] ? 1 : 0), 0) / all.count;
			const flagged = sc.filter((v) => v >= 0.5).length;
			const perFold = foldAucs[view].reduce((a, v) => a + v, 0) / foldAucs[view].length;
			console.log(
				`start ${start}, class-weight ${mode}, augmentation ${process.env.AUG ?? 'default'}, lr ${s.learningRate}, ` +
					`${epochsRun} epochs (kept on average ${(keptSum / k).toFixed(1)}), scored ${view}: ` +
					`real-cv-roc-auc ${auc.ok ? auc.value.toFixed(3) : auc.reason}, per-fold mean ${perFold.toFixed(3)}, ` +
					`accuracy at 0.5 ${acc.toFixed(3)}, ${flagged}/${all.count} called defective ` +
					`(${k} folds, fold seed ${process.env.FOLD_SEED ?? 7}, ${size} px, ${seconds} s)`
			);
		}
	}
