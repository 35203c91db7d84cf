import { echo, int, type Param } from '$lib/embed/params';
import { t, useStrings } from '$lib/i18n';
import deeperStrings from '$lib/i18n/areas/deeper';
import { FULL } from './pixelation';

// Parsing a link names its problems before any part has loaded, so the table loads its strings.
useStrings(deeperStrings);

export const MIN_SIZE = 4;
export const MAX_SIZES = 6;
/** The sizes the lesson steps through: 8 to 64 pixels, then the full 300 px photo. */
export const DEFAULT_SIZES = [8, 16, 32, 64, FULL];

const one = int({ min: MIN_SIZE, max: FULL, default: FULL });

/** `8,16,32,64,300`: one to six whole sizes in pixels per side, 4…300, each once. */
export const sizesParam: Param<number[]> = {
	default: DEFAULT_SIZES,
	parse(raw, name) {
		const parts = raw.split(',').map((s) => s.trim());
		if (parts.length > MAX_SIZES)
			return { ok: false, problem: t('px.problem.count', { n: parts.length, max: MAX_SIZES }) };
		const value: number[] = [];
		const notes: string[] = [];
		for (const p of parts) {
			const r = one.parse(p, name);
			if (!r.ok) return { ok: false, problem: t('px.problem.size', { value: echo(p), problem: r.problem }) };
			if (r.note) notes.push(r.note);
			if (value.includes(r.value)) notes.push(t('px.note.repeat', { name, n: r.value }));
			else value.push(r.value);
		}
		return notes.length ? { ok: true, value, note: notes.join(' ') } : { ok: true, value };
	},
	format: (v) => v.join(',')
};

/** URL parameters of /embed/pixelation/. Seed 3 draws a single pinhole about 7 px wide at 300 px. */
export const params = {
	seed: int({ min: 0, max: 9999, default: 3 }),
	sizes: sizesParam
};
