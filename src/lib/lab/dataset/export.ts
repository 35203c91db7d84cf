// The lab's data set as a .zip in the public casting data set's layout, for Keras's
// image_dataset_from_directory / flow_from_directory:
//   casting_data/{train,test}/{def_front,ok_front}/cast_{def,ok}_<n>.png
// <n> is the image's index in its set (for the built-in set: the generator's index).
import { zipSync } from 'fflate';
import { encodeGrayPng } from './png';
import type { Dataset } from './types';

export const EXPORT_NAME = 'casting_data.zip';

export function exportPath(split: 'train' | 'test', label: number, index: number): string {
	return label
		? `casting_data/${split}/def_front/cast_def_${index}.png`
		: `casting_data/${split}/ok_front/cast_ok_${index}.png`;
}

export function datasetZip(train: Dataset, test: Dataset): Uint8Array {
	const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
	for (const [split, ds] of [
		['train', train],
		['test', test]
	] as const) {
		const n = ds.size * ds.size;
		for (let i = 0; i < ds.count; i++)
			entries[exportPath(split, ds.labels[i], i)] = [
				encodeGrayPng(ds.pixels.subarray(i * n, (i + 1) * n), ds.size, ds.size),
				{ level: 0 } // PNG is compressed already
			];
	}
	return zipSync(entries);
}
