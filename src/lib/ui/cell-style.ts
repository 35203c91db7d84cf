// Colours for matrix cells. Signed values (feature maps) use a diverging scale: zero is the
// surface colour, positives shade towards --pos and negatives towards --neg, by |v| / max|v|,
// so a negative output is never clamped to black. Pixel grids use true grays, with the text
// colour picked for contrast. Every style is a CSS string for a `style` attribute.

/** Where v sits on a diverging scale: −1 … 1, 0 for zero (and when everything is zero). */
export function divergingT(v: number, maxAbs: number): number {
	if (!(maxAbs > 0) || !Number.isFinite(v)) return 0;
	return Math.max(-1, Math.min(1, v / maxAbs));
}

/** Background for a signed value; at most 45 % of the hue so --text keeps ≥ 4.5:1 on it in both themes. */
export function divergingStyle(v: number, max: number): string {
	const t = divergingT(v, max);
	if (t === 0) return '';
	const pct = Math.round(Math.abs(t) * 45);
	return `background: color-mix(in srgb, var(${t > 0 ? '--pos' : '--neg'}) ${pct}%, var(--surface));`;
}

/** Gray level 0…255 for v between lo (black) and hi (white); mid-gray when lo = hi. */
export function grayLevel(v: number, lo: number, hi: number): number {
	if (!(hi > lo)) return 128;
	return Math.round((255 * Math.max(0, Math.min(hi - lo, v - lo))) / (hi - lo));
}

/** Relative luminance of an sRGB gray 0…255 (WCAG). */
export function grayLuminance(g: number): number {
	const c = g / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** A pixel cell: its true gray, with black or white text, whichever contrasts more (≥ 4.5:1). */
export function grayStyle(v: number, lo: number, hi: number): string {
	const g = grayLevel(v, lo, hi);
	const ink = grayLuminance(g) >= 0.179 ? '#000' : '#fff';
	return `background: rgb(${g} ${g} ${g}); color: ${ink};`;
}
