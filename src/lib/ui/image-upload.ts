// A learner's picture → a small grayscale matrix (browser only). Refuses non-images and huge
// files with a reason; the pixel math (luminance, area-average downscale) is src/lib/math/downsample.
import { t } from '$lib/i18n';
import type { Matrix } from '$lib/embed/params';
import { downsample, fitSize, rgbaToGray } from '$lib/math/downsample';

export const MAX_UPLOAD_MB = 20;
/** The browser first shrinks to this (fast, smooth), then the exact area average takes over. */
const STAGE = 256;

export type UploadResult = { ok: true; matrix: Matrix; note: string } | { ok: false; problem: string };

export async function imageToGrid(file: File, max: number): Promise<UploadResult> {
	const name = file.name;
	if (!file.type.startsWith('image/')) return { ok: false, problem: t('conv.msg.upload.type', { name }) };
	if (file.size > MAX_UPLOAD_MB * 1024 * 1024)
		return {
			ok: false,
			problem: t('conv.msg.upload.size', {
				name,
				mb: (file.size / 1024 / 1024).toFixed(1),
				max: MAX_UPLOAD_MB
			})
		};
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return { ok: false, problem: t('conv.msg.upload.decode', { name }) };
	}
	const { width, height } = bitmap;
	const stage = fitSize(width, height, STAGE);
	const canvas = document.createElement('canvas');
	canvas.width = stage.w;
	canvas.height = stage.h;
	const ctx = canvas.getContext('2d');
	if (!ctx || width < 1 || height < 1) return { ok: false, problem: t('conv.msg.upload.decode', { name }) };
	ctx.imageSmoothingQuality = 'high';
	ctx.drawImage(bitmap, 0, 0, stage.w, stage.h);
	bitmap.close();
	const gray = rgbaToGray(ctx.getImageData(0, 0, stage.w, stage.h).data, stage.w, stage.h);
	const out = fitSize(width, height, max);
	const small = downsample(gray, stage.w, stage.h, out.w, out.h);
	const matrix = Array.from({ length: out.h }, (_, y) =>
		Array.from(small.subarray(y * out.w, (y + 1) * out.w), Math.round)
	);
	return {
		ok: true,
		matrix,
		note: t('conv.msg.upload.ok', { name, w: width, h: height, gw: out.w, gh: out.h })
	};
}
