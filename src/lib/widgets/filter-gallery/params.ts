import { bool, choice, either, formatMatrix, int, matrix, type Matrix, type Param } from '$lib/embed/params';
import { t, useStrings } from '$lib/i18n';
import imagesStrings from '$lib/i18n/areas/images';
import { KERNEL_PRESETS, type KernelPreset } from '$lib/math/kernels';
import { SAMPLE_IMAGES } from '$lib/ui/sample-images';

// Parsing a link names its problems before any part has loaded, so the table loads its strings.
useStrings(imagesStrings);

/** Kernel weights beyond ±1000 are refused: they only saturate the picture (and could overflow). */
export const KERNEL_LIMIT = 1000;

/** A typed kernel: a matrix that must be 3×3 or 5×5, weights within ±KERNEL_LIMIT. */
const customKernel: Param<Matrix> = (() => {
	const m = matrix([[0]]);
	return {
		default: [
			[0, 0, 0],
			[0, 1, 0],
			[0, 0, 0]
		],
		parse(raw, name) {
			const r = m.parse(raw, name);
			if (!r.ok) return r;
			const rows = r.value.length;
			const cols = r.value[0].length;
			if (!(rows === cols && (rows === 3 || rows === 5)))
				return { ok: false, problem: t('fg.kernel.shape', { rows, cols }) };
			const big = r.value.flat().find((x) => Math.abs(x) > KERNEL_LIMIT);
			return big === undefined
				? r
				: { ok: false, problem: t('fg.kernel.range', { value: big, limit: KERNEL_LIMIT }) };
		},
		format: formatMatrix
	};
})();

export const isPreset = (v: KernelPreset | Matrix): v is KernelPreset => typeof v === 'string';

export const params = {
	/** Sample picture (uploads are not shared: they stay on the learner's computer). */
	image: choice(SAMPLE_IMAGES, 'impeller'),
	/** A preset name or a 3×3 / 5×5 matrix. */
	kernel: either<KernelPreset, Matrix>(choice(KERNEL_PRESETS, 'ridge'), customKernel, 'ridge', isPreset),
	/** Divide the kernel by its sum (kernels summing to 0 are left as they are). */
	normalize: bool(true),
	/** Show negative outputs around mid-gray instead of clamping to 0…255. */
	signed: bool(false),
	/** The pixel whose value before and after is shown (0-based; clamped to the picture). */
	row: int({ min: 0, max: 511, default: 256 }),
	col: int({ min: 0, max: 511, default: 256 })
};
