// A folder or .zip with the public casting data set's shape (casting_data/{train,test}/
// {def_front,ok_front}, 7,348 images), made on the fly for the full-load test and the bench.
// A few distinct generated parts per class are written under every file name: decoding costs
// the same per file, and making 7,348 different parts would take minutes.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { generateImage } from '../src/lib/lab/dataset/generate';
import { encodePng } from './lab-png';

/** The public set's counts: train 3,758 defective / 2,875 OK, test 453 / 262. */
export const FULL_SHAPE = {
	train: { def_front: 3758, ok_front: 2875 },
	test: { def_front: 453, ok_front: 262 }
} as const;
export const FULL_COUNT = 3758 + 2875 + 453 + 262;

function templates(size: number, per = 4) {
	const byClass: Record<'def_front' | 'ok_front', Buffer[]> = { def_front: [], ok_front: [] };
	for (let i = 0; byClass.def_front.length < per || byClass.ok_front.length < per; i++) {
		const img = generateImage(21, i, size);
		const list = byClass[img.label ? 'def_front' : 'ok_front'];
		if (list.length < per) list.push(encodePng(img.pixels, size, size));
	}
	return byClass;
}

/** Every file of the full shape: its path and its PNG bytes (shared between files). */
export function fullShapeFiles(size: number): { path: string; data: Buffer }[] {
	const t = templates(size);
	const out: { path: string; data: Buffer }[] = [];
	for (const split of ['train', 'test'] as const)
		for (const cls of ['def_front', 'ok_front'] as const)
			for (let i = 0; i < FULL_SHAPE[split][cls]; i++)
				out.push({
					path: `casting_data/${split}/${cls}/cast_${cls === 'def_front' ? 'def' : 'ok'}_0_${i}.png`,
					data: t[cls][i % t[cls].length]
				});
	return out;
}

/** The full shape written as a folder; returns the folder that holds casting_data/. */
export function writeFullFolder(size: number): string {
	const root = mkdtempSync(join(tmpdir(), 'lab-full-'));
	for (const f of fullShapeFiles(size)) {
		const full = join(root, f.path);
		mkdirSync(join(full, '..'), { recursive: true });
		writeFileSync(full, f.data);
	}
	return join(root, 'casting_data');
}

/** The full shape as one .zip (stored: PNGs are compressed already); returns its path. */
export function writeFullZip(size: number): string {
	const entries: Record<string, Uint8Array> = {};
	for (const f of fullShapeFiles(size)) entries[f.path] = f.data;
	const path = join(mkdtempSync(join(tmpdir(), 'lab-zip-')), 'casting_data.zip');
	writeFileSync(path, zipSync(entries, { level: 0 }));
	return path;
}
