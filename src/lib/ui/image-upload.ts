// A learner's picture → a small grayscale matrix a person can read cell by cell (browser only).
// Checking, decoding and the area-average downscale are the shared upload path (sample-images.ts,
// src/lib/math/image.ts); this only turns the result into rounded gray levels 0…255.
import { t, useStrings, type MessageKey } from '$lib/i18n';
import type { Matrix } from '$lib/embed/params';
import { toGray } from '$lib/math/image';
import { readUpload } from './sample-images';
import convStrings from '$lib/i18n/areas/conv';
import imagesStrings from '$lib/i18n/areas/images';

useStrings(convStrings, imagesStrings);

export type GridUpload = { ok: true; matrix: Matrix; note: string } | { ok: false; problem: string };

export async function imageToGrid(file: File, max: number): Promise<GridUpload> {
	const name = file.name;
	const r = await readUpload(file, max);
	if (!r.ok) return { ok: false, problem: t(`upload.problem.${r.problem}` as MessageKey, { name }) };
	const g = toGray(r.image);
	const matrix = Array.from({ length: g.h }, (_, y) =>
		Array.from(g.data.subarray(y * g.w, (y + 1) * g.w), (v) => Math.round(v))
	);
	return {
		ok: true,
		matrix,
		note: t('conv.msg.upload.ok', { name, w: r.original.w, h: r.original.h, gw: g.w, gh: g.h })
	};
}
