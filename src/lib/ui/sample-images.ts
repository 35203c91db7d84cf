// The pictures the image widgets start from: the rendered impeller (static/images/impeller.png,
// see static/images/CREDITS.md) and a colour test card drawn in code, plus reading pixels from
// an <img>, a bitmap or a learner's upload (checked, then downscaled by area averaging).
import { base } from '$app/paths';
import {
	checkUploadFile,
	checkUploadSize,
	downscaleRgba,
	fitWithin,
	type RgbaImage,
	type UploadProblem
} from '$lib/math/image';
import { readImageHeader } from '$lib/math/image-header';

export const SAMPLE_IMAGES = ['impeller', 'shapes'] as const;
export type SampleImage = (typeof SAMPLE_IMAGES)[number];

/** A colour test card: a red disc, a green square and a blue triangle on a light-to-dark ramp. */
export function renderShapes(size: number): RgbaImage {
	const data = new Uint8ClampedArray(size * size * 4);
	const u = size / 64; // designed on a 64 × 64 canvas
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const px = (x + 0.5) / u;
			const py = (y + 0.5) / u;
			const ramp = Math.round(230 - (px + py) * 1.2);
			let c: [number, number, number] = [ramp, ramp, ramp];
			if (Math.hypot(px - 20, py - 20) < 13) c = [220, 40, 40];
			if (px >= 36 && px < 58 && py >= 8 && py < 30) c = [40, 170, 60];
			if (py >= 36 && py < 58 && Math.abs(px - 32) <= (py - 36) * 0.6) c = [40, 70, 210];
			if (py >= 48 && px < 14 && Math.floor(px / 3) % 2 === 0) c = [20, 20, 20];
			data.set([...c, 255], 4 * (y * size + x));
		}
	}
	return { w: size, h: size, data };
}

/** Draw any image source at w × h over white (so transparent pixels read as white) and read it. */
export function drawToRgba(src: CanvasImageSource, w: number, h: number): RgbaImage {
	const canvas = document.createElement('canvas');
	canvas.width = w;
	canvas.height = h;
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) throw new Error('no 2-D canvas');
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, w, h);
	ctx.drawImage(src, 0, 0, w, h);
	const d = ctx.getImageData(0, 0, w, h);
	return { w, h, data: d.data };
}

let impeller: Promise<RgbaImage> | null = null;

/** The 512 × 512 impeller rendering, decoded once per page. */
function loadImpeller(): Promise<RgbaImage> {
	impeller ??= (async () => {
		const img = new Image();
		img.src = `${base}/images/impeller.png`;
		await img.decode();
		return drawToRgba(img, img.naturalWidth, img.naturalHeight);
	})();
	impeller.catch(() => (impeller = null));
	return impeller;
}

/** A sample picture, fitted within `maxSide` by area averaging. */
export async function loadSample(name: SampleImage, maxSide = 512): Promise<RgbaImage> {
	const full = name === 'impeller' ? await loadImpeller() : renderShapes(512);
	const fit = fitWithin(full.w, full.h, maxSide);
	return fit.w === full.w && fit.h === full.h ? full : downscaleRgba(full, fit.h, fit.w);
}

export type UploadResult =
	| { ok: true; image: RgbaImage; original: { w: number; h: number } }
	| { ok: false; problem: UploadProblem | 'decode' | 'truncated' };

/**
 * Read a learner's picture: refuse non-images, absurd sizes (from the file's own header, before
 * decoding: a small PNG may claim 40000 × 40000) and files cut short, decode, and fit it within
 * `maxSide` by area averaging (pictures over 2048 px are first reduced by the browser, to keep
 * memory small on phones).
 */
export async function readUpload(file: File, maxSide: number): Promise<UploadResult> {
	const early = checkUploadFile(file);
	if (early) return { ok: false, problem: early };
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return { ok: false, problem: 'decode' };
	}
	const header = readImageHeader(bytes);
	if (header.format) {
		if (header.w === null) return { ok: false, problem: 'truncated' };
		const claimed = checkUploadSize(header.w, header.h);
		if (claimed) return { ok: false, problem: claimed };
		if (!header.complete) return { ok: false, problem: 'truncated' };
	}
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return { ok: false, problem: 'decode' };
	}
	const original = { w: bitmap.width, h: bitmap.height };
	const size = checkUploadSize(original.w, original.h);
	if (size) {
		bitmap.close();
		return { ok: false, problem: size };
	}
	const mid = fitWithin(original.w, original.h, 2048);
	const rgba = drawToRgba(bitmap, mid.w, mid.h);
	bitmap.close();
	const fit = fitWithin(rgba.w, rgba.h, maxSide);
	const image = fit.w === rgba.w && fit.h === rgba.h ? rgba : downscaleRgba(rgba, fit.h, fit.w);
	return { ok: true, image, original };
}
