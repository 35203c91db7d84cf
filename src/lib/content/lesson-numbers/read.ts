// What the lesson-numbers tests share: reading a lesson's English Markdown, and small readers of
// the math's results. Each test file of this folder holds one lesson's worked numbers to the math.
import { readFileSync } from 'node:fs';

/** The prose with its line breaks and runs of spaces as single spaces. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');
/** The value of a checked result, or NaN where it has none. */
export const v = (m: { ok: true; value: number } | { ok: false }) => (m.ok ? m.value : NaN);
/** A flat h×w matrix as rows. */
export const grid = (m: { h: number; w: number; data: ArrayLike<number> }) =>
	Array.from({ length: m.h }, (_, r) => Array.from(m.data).slice(r * m.w, (r + 1) * m.w));

/** A lesson's English Markdown, by its folder name. */
export const lesson = (slug: string) =>
	readFileSync(new URL(`../../../../content/lessons/${slug}/index.md`, import.meta.url), 'utf8');
