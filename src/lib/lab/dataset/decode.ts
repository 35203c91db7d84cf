// Turning the learner's files into the lab's data: list `.zip` archives' entries (zip.ts), read each
// image's header before decoding (refusing non-images, truncated files and huge declared
// dimensions), decode with createImageBitmap resized straight to the lab's input size, and
// keep only size×size grayscale bytes. Runs in the worker, one file at a time (an archive's entry
// is inflated only when its turn comes): memory stays bounded by the input size, not the files'.
import { classify, HEADER_BYTES, readImageHeader, tooBig } from './header';
import type { Dataset } from './types';
import { subset } from './split';
import { readZipDirectory, readZipEntry, ZIP_LIMITS } from './zip';

export interface InputFile {
	/** Path inside the chosen folder or archive, e.g. casting_data/train/def_front/cast_def_0_1.jpeg */
	path: string;
	blob: Blob;
}

export type SkipReason =
	| 'not-image'
	| 'truncated'
	| 'too-big'
	| 'decode-failed'
	| 'no-class'
	| 'zip-failed'
	| 'zip-too-big'
	| 'zip-too-many'
	| 'zip-expands'
	| 'zip-unsafe-name'
	| 'zip-entry-failed';
export interface Skipped {
	name: string;
	reason: SkipReason;
}

/** The most images one data set may hold (folder files, or archive entries). */
export const MAX_FILES = ZIP_LIMITS.maxEntries;

/** A file still to be read: from the chosen folder, or an entry of a .zip (inflated when opened). */
export interface PendingFile {
	path: string;
	open: () => Promise<Blob | null>;
}

/**
 * List every file, with each .zip replaced by its entries (their paths as in the archive: its
 * own folders count). Nothing is read or inflated yet except the archives' directories.
 */
export async function listInputs(
	files: InputFile[],
	limits = ZIP_LIMITS
): Promise<{ files: PendingFile[]; skipped: Skipped[] }> {
	const out: PendingFile[] = [];
	const skipped: Skipped[] = [];
	for (const f of files) {
		if (!/\.zip$/i.test(f.path)) {
			out.push({ path: f.path, open: async () => f.blob });
			continue;
		}
		const dir = await readZipDirectory(f.blob, limits);
		if (!dir.ok) {
			const p = dir.problem;
			const reason: SkipReason =
				p.kind === 'not-zip'
					? 'zip-failed'
					: p.kind === 'too-big'
						? 'zip-too-big'
						: p.kind === 'too-many'
							? 'zip-too-many'
							: p.kind === 'expands-too-much'
								? 'zip-expands'
								: 'zip-unsafe-name';
			skipped.push({ name: p.kind === 'unsafe-name' ? `${f.path}: ${p.entry}` : f.path, reason });
			continue;
		}
		for (const e of dir.entries) {
			if (e.name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(e.name)) continue;
			out.push({
				path: e.name,
				open: async () => {
					const bytes = await readZipEntry(f.blob, e, limits);
					return bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : null;
				}
			});
		}
	}
	return { files: out, skipped };
}

/** Grayscale luminance (0…255, rounded) of RGBA bytes. */
export function rgbaToGray(rgba: Uint8ClampedArray | Uint8Array, out: Uint8Array): Uint8Array {
	for (let i = 0, j = 0; j < out.length; i += 4, j++)
		out[j] = Math.round(0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2]);
	return out;
}

/** Decode one image to size×size grayscale, or say why not. */
export async function decodeImage(
	blob: Blob,
	size: number
): Promise<{ ok: true; pixels: Uint8Array } | { ok: false; reason: SkipReason }> {
	const head = readImageHeader(new Uint8Array(await blob.slice(0, HEADER_BYTES).arrayBuffer()));
	if (!head.ok) return head;
	if (head.width < 1 || head.height < 1) return { ok: false, reason: 'not-image' };
	if (tooBig(head.width, head.height)) return { ok: false, reason: 'too-big' };
	let bitmap: ImageBitmap | null = null;
	try {
		bitmap = await createImageBitmap(blob, { resizeWidth: size, resizeHeight: size, resizeQuality: 'high' });
		const canvas = new OffscreenCanvas(size, size);
		const ctx = canvas.getContext('2d', { willReadFrequently: true });
		if (!ctx) return { ok: false, reason: 'decode-failed' };
		ctx.drawImage(bitmap, 0, 0, size, size);
		return {
			ok: true,
			pixels: rgbaToGray(ctx.getImageData(0, 0, size, size).data, new Uint8Array(size * size))
		};
	} catch {
		return { ok: false, reason: 'decode-failed' };
	} finally {
		bitmap?.close();
	}
}

export type LoadProblem = 'empty' | 'one-class' | 'too-few' | 'too-many';

export interface LoadedData {
	train: Dataset;
	test: Dataset;
	/** Whether train/test folders set the split (else a stratified 20% was held out). */
	splitFromFolders: boolean;
	skipped: Skipped[];
}

/** The fewest images per class the lab trains on. */
export const MIN_PER_CLASS = 4;

/** Decode a labelled folder (or archive) into train and test sets. */
export async function loadDataset(
	input: InputFile[],
	size: number,
	onProgress: (done: number, total: number) => void,
	holdOut: (ds: Dataset) => { train: Dataset; val: Dataset }
): Promise<{ ok: true; data: LoadedData } | { ok: false; problem: LoadProblem; skipped: Skipped[] }> {
	const { files, skipped } = await listInputs(input);
	const labelled: (PendingFile & { label: 0 | 1; split: 'train' | 'test' | null })[] = [];
	for (const f of files) {
		const c = classify(f.path);
		if (c.label === null) skipped.push({ name: f.path, reason: 'no-class' });
		else labelled.push({ ...f, label: c.label, split: c.split });
	}
	if (labelled.length > MAX_FILES) return { ok: false, problem: 'too-many', skipped };
	const n = size * size;
	const pixels = new Uint8Array(labelled.length * n);
	const labels: number[] = [],
		names: string[] = [],
		splits: ('train' | 'test' | null)[] = [];
	let done = 0;
	for (const f of labelled) {
		const blob = await f.open();
		const r = blob ? await decodeImage(blob, size) : ({ ok: false, reason: 'zip-entry-failed' } as const);
		if (r.ok) {
			pixels.set(r.pixels, labels.length * n);
			labels.push(f.label);
			names.push(f.path);
			splits.push(f.split);
		} else skipped.push({ name: f.path, reason: r.reason });
		onProgress(++done, labelled.length);
	}
	const pos = labels.filter((l) => l === 1).length;
	if (labels.length === 0) return { ok: false, problem: 'empty', skipped };
	if (pos === 0 || pos === labels.length) return { ok: false, problem: 'one-class', skipped };
	if (pos < MIN_PER_CLASS || labels.length - pos < MIN_PER_CLASS)
		return { ok: false, problem: 'too-few', skipped };
	const all: Dataset = {
		size,
		count: labels.length,
		// a view, not a copy: the train/test subsets below copy once, so the peak is two sets, not three
		pixels: pixels.subarray(0, labels.length * n),
		labels: Uint8Array.from(labels),
		names
	};
	const pick = (want: 'train' | 'test') =>
		subset(
			all,
			splits.map((s, i) => (s === want ? i : -1)).filter((i) => i >= 0)
		);
	const hasSplit = splits.includes('train') && splits.includes('test');
	if (hasSplit)
		return { ok: true, data: { train: pick('train'), test: pick('test'), splitFromFolders: true, skipped } };
	const { train, val } = holdOut(all);
	return { ok: true, data: { train, test: val, splitFromFolders: false, skipped } };
}
