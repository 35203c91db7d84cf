// Measurements for `npm run bench` (scripts/bench.js drives them in headless Chromium).
// tfjs and the lab are imported on demand, as in the lab itself.
import { correlate2d, grid } from '$lib/math/conv';
import { accuracyAt } from '$lib/math/loss';
import { initBackend, type BackendChoice } from '$lib/lab/backend';

type Tf = typeof import('@tensorflow/tfjs');
let tfPromise: Promise<Tf> | null = null;
const loadTf = () => (tfPromise ??= import('@tensorflow/tfjs'));

/** Mean milliseconds per call of `f`, repeated for about `ms` (after one warm-up call). */
function perCall(f: () => void, ms = 1000): number {
	f();
	let n = 0;
	const t0 = performance.now();
	let t = t0;
	while (t - t0 < ms || n < 3) {
		f();
		n++;
		t = performance.now();
	}
	return (t - t0) / n;
}

function noise(n: number, seed: number): Float32Array {
	const a = new Float32Array(n);
	let s = seed >>> 0;
	for (let i = 0; i < n; i++) {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		a[i] = s / 2 ** 32;
	}
	return a;
}

/** The widget engine's 3×3 'same' convolution of a 300×300 image vs tfjs conv2d on each backend. */
export async function benchConv(): Promise<Record<string, unknown>> {
	const tf = await loadTf();
	const img = noise(300 * 300, 1);
	const k = noise(9, 2);
	const input = grid(300, 300, img);
	const kernel = grid(3, 3, k);
	const out = grid(300, 300);
	const widgetMs = perCall(() => correlate2d(input, kernel, { padding: 'same' }, out));
	const tfjs: Record<string, number | string> = {};
	for (const choice of ['webgl', 'fast-cpu', 'cpu'] as BackendChoice[]) {
		try {
			const info = await initBackend(tf, choice);
			if (info.name !== choice) throw new Error(`got ${info.name}`);
			const x = tf.tensor4d(img, [1, 300, 300, 1]);
			const w = tf.tensor4d(k, [3, 3, 1, 1]);
			tfjs[choice] = perCall(() => {
				const y = tf.conv2d(x, w, 1, 'same');
				y.dataSync();
				y.dispose();
			});
			tf.dispose([x, w]);
		} catch (err) {
			tfjs[choice] = `unavailable: ${err instanceof Error ? err.message : String(err)}`;
		}
	}
	const times = Object.entries(tfjs).filter((e): e is [string, number] => typeof e[1] === 'number');
	const [bestName, bestMs] = times.reduce((a, b) => (b[1] < a[1] ? b : a));
	return { widgetMs, tfjs, bestName, bestMs, speedup: bestMs / widgetMs };
}

async function lab() {
	const [model, gen, split, train] = await Promise.all([
		import('$lib/lab/model'),
		import('$lib/lab/dataset/generate'),
		import('$lib/lab/dataset/split'),
		import('$lib/lab/train')
	]);
	return { ...model, ...gen, ...split, ...train };
}

/** Training throughput (images/s) of the lab's default model on one backend, same data for each. */
export async function benchTrain(choice: BackendChoice, batches: number): Promise<Record<string, unknown>> {
	const tf = await loadTf();
	const L = await lab();
	const info = await initBackend(tf, choice);
	const size = L.DEFAULT_SIZE;
	const batch = L.DEFAULT_SETTINGS.batchSize;
	const data = L.generateDataset({ seed: 5, count: batch * 2, size });
	const model = L.buildModel(tf, L.DEFAULT_ARCHITECTURE, size, 1);
	L.compileModel(tf, model, L.DEFAULT_SETTINGS.optimizer, L.DEFAULT_SETTINGS.learningRate);
	const xs = [0, 1].map((i) =>
		tf.tensor4d(
			L.gather(
				data,
				Array.from({ length: batch }, (_, j) => i * batch + j)
			),
			[batch, size, size, 1]
		)
	);
	const ys = [0, 1].map((i) =>
		tf.tensor2d(Array.from(data.labels.subarray(i * batch, (i + 1) * batch)), [batch, 1])
	);
	await model.trainOnBatch(xs[0], ys[0]); // warm-up: kernel set-up, wasm operator caches
	const t0 = performance.now();
	for (let b = 0; b < batches; b++) await model.trainOnBatch(xs[b % 2], ys[b % 2]);
	const seconds = (performance.now() - t0) / 1000;
	tf.dispose([...xs, ...ys]);
	model.dispose();
	return {
		backend: info.name,
		label: info.label,
		batches,
		batch,
		size,
		seconds,
		imagesPerSecond: (batches * batch) / seconds
	};
}

/**
 * Tensors (and backend buffers) left behind per epoch by the lab's training loop with its
 * default model and augmentation, on the fast CPU path.
 */
export async function benchLeak(epochs = 4): Promise<Record<string, unknown>> {
	const tf = await loadTf();
	const L = await lab();
	await initBackend(tf, 'fast-cpu');
	const size = L.DEFAULT_SIZE;
	const all = L.generateDataset({ seed: 3, count: 96, size });
	const { train, val } = L.splitValidation(all, 0.25, 3);
	const model = L.buildModel(tf, L.DEFAULT_ARCHITECTURE, size, 1);
	L.compileModel(tf, model, L.DEFAULT_SETTINGS.optimizer, L.DEFAULT_SETTINGS.learningRate);
	const tensors: number[] = [];
	const buffers: number[] = [];
	const backend = tf.engine().backend as unknown as { numDataIds(): number };
	await L.trainModel(
		tf,
		model,
		train,
		val,
		{ ...L.DEFAULT_SETTINGS, epochs },
		{
			onEpoch: () => {
				tensors.push(tf.memory().numTensors);
				buffers.push(backend.numDataIds());
			}
		}
	);
	model.dispose();
	// From the end of epoch 1 (optimizer slots exist by then) to the end of the last.
	const per = (a: number[]) => (a[a.length - 1] - a[0]) / (a.length - 1);
	return { tensors, buffers, perEpoch: Math.max(per(tensors), per(buffers)) };
}

/**
 * Seconds from Train to ≥ 95% test accuracy with the lab's defaults on the built-in data (no
 * GPU): data generation, then epochs; after each epoch the test set is scored (that time is not
 * counted) and the clock stops at the first epoch that reaches 95%.
 */
export async function benchTimeTo95(limitSeconds = 240): Promise<Record<string, unknown>> {
	const tf = await loadTf();
	const L = await lab();
	const info = await initBackend(tf, 'auto');
	const size = L.DEFAULT_SIZE;
	const s = L.DEFAULT_SETTINGS;
	const seed = s.seed;
	let excluded = 0;
	const t0 = performance.now();
	const all = L.generateDataset({ seed, count: L.DEFAULT_COUNTS.train, size });
	const { train, val } = L.splitValidation(all, 0.2, seed);
	const tTest = performance.now();
	const test = L.generateDataset({
		seed: seed + L.TEST_SEED_OFFSET,
		count: L.testCountFor(L.DEFAULT_COUNTS.train),
		size
	});
	excluded += performance.now() - tTest;
	const model = L.buildModel(tf, L.DEFAULT_ARCHITECTURE, size, seed);
	L.compileModel(tf, model, s.optimizer, s.learningRate);
	const epochs: { epoch: number; seconds: number; testAccuracy: number }[] = [];
	let reached: number | null = null;
	const elapsed = () => (performance.now() - t0 - excluded) / 1000;
	await L.trainModel(tf, model, train, val, s, {
		onEpoch: async (log) => {
			const t = performance.now();
			const acc = accuracyAt(await L.predictScores(tf, model, test), test.labels) ?? 0;
			excluded += performance.now() - t;
			epochs.push({ epoch: log.epoch, seconds: elapsed(), testAccuracy: acc });
			if (acc >= 0.95 && reached === null) reached = elapsed();
		},
		proceed: () => reached === null && elapsed() < limitSeconds
	});
	model.dispose();
	return { backend: info.name, reached, epochs };
}
