// Where a widget's picture comes from: a built-in sample, which a link names, or the learner's own
// upload, which stays on their computer and is never written into a link. The filter gallery and
// the pixel inspector each carried a copy of this; it is one class now.
import type { RgbaImage } from '$lib/math/image';
import { loadSample, type SampleImage } from './sample-images';

export type Source = SampleImage | 'upload';

export class PictureSource {
	/** The chosen picture. */
	image = $state<Source>('impeller');
	/** The chosen picture's pixels; null while a sample loads. */
	full = $state.raw<RgbaImage | null>(null);
	/** The learner's last upload, kept so that it can be chosen again. */
	upload = $state.raw<RgbaImage | null>(null);
	loadError = $state(false);
	#requested: Source | null = null;
	#fetch: (name: SampleImage) => Promise<RgbaImage>;
	#loaded: () => void;

	/**
	 * @param image the link's choice
	 * @param loaded called after a sample has loaded (not for an upload)
	 * @param fetch how a sample is read (the browser's loader unless a test gives its own)
	 */
	constructor(image: Source, loaded: () => void = () => {}, fetch = (name: SampleImage) => loadSample(name)) {
		this.image = image;
		this.#loaded = loaded;
		this.#fetch = fetch;
	}

	/** What a link may say: an upload is not shared, so the link names `fallback` instead. */
	shared(fallback: SampleImage): SampleImage {
		return this.image === 'upload' ? fallback : this.image;
	}

	/** Load the chosen picture (called from an effect); a load for an older choice is dropped. */
	async load(): Promise<void> {
		const want = this.image;
		if (want === 'upload') {
			this.full = this.upload;
			return;
		}
		this.#requested = want;
		try {
			const img = await this.#fetch(want);
			if (this.#requested !== want) return;
			this.full = img;
			this.loadError = false;
			this.#loaded();
		} catch {
			if (this.#requested === want) this.loadError = true;
		}
	}

	useUpload(img: RgbaImage) {
		this.upload = img;
		this.#requested = 'upload';
		this.image = 'upload';
		this.full = img;
	}
}
