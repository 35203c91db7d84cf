import { describe, expect, it } from 'vitest';
import type { RgbaImage } from '$lib/math/image';
import { PictureSource } from './picture-source.svelte';
import type { SampleImage } from './sample-images';

const picture = (w: number): RgbaImage => ({ w, h: 1, data: new Uint8ClampedArray(w * 4) });

/** A loader whose loads the test resolves or rejects by hand, in any order. */
function manualLoader() {
	const pending: { name: SampleImage; resolve: (i: RgbaImage) => void; reject: (e: Error) => void }[] = [];
	const fetch = (name: SampleImage) =>
		new Promise<RgbaImage>((resolve, reject) => pending.push({ name, resolve, reject }));
	return { fetch, pending };
}

describe('PictureSource', () => {
	it('loads the chosen sample and says when it has', async () => {
		const { fetch, pending } = manualLoader();
		let loaded = 0;
		const src = new PictureSource('shapes', () => loaded++, fetch);
		const done = src.load();
		expect(src.full).toBeNull();
		pending[0].resolve(picture(3));
		await done;
		expect(pending[0].name).toBe('shapes');
		expect(src.full?.w).toBe(3);
		expect(loaded).toBe(1);
	});

	it('drops a load for an older choice that finishes last', async () => {
		const { fetch, pending } = manualLoader();
		const src = new PictureSource('impeller', undefined, fetch);
		const first = src.load();
		src.image = 'shapes';
		const second = src.load();
		pending[1].resolve(picture(2));
		await second;
		pending[0].resolve(picture(9));
		await first;
		expect(src.full?.w).toBe(2);
	});

	it('says when a sample fails to load, and clears that on the next good load', async () => {
		const { fetch, pending } = manualLoader();
		const src = new PictureSource('impeller', undefined, fetch);
		const bad = src.load();
		pending[0].reject(new Error('offline'));
		await bad;
		expect(src.loadError).toBe(true);
		const good = src.load();
		pending[1].resolve(picture(1));
		await good;
		expect(src.loadError).toBe(false);
	});

	it('takes an upload at once, never writes it into a link, and can go back to it', async () => {
		const { fetch, pending } = manualLoader();
		const src = new PictureSource('shapes', undefined, fetch);
		const late = src.load();
		src.useUpload(picture(5));
		expect(src.image).toBe('upload');
		expect(src.shared('impeller')).toBe('impeller');
		pending[0].resolve(picture(7));
		await late;
		expect(src.full?.w).toBe(5);
		src.image = 'shapes';
		expect(src.shared('impeller')).toBe('shapes');
		src.image = 'upload';
		await src.load();
		expect(src.full?.w).toBe(5);
		expect(pending).toHaveLength(1);
	});
});
