// The typed table of URL parameters behind every widget's embed link and Share control.
// One table per widget (name → Param) is the single source for parsing a query string,
// defaults, ranges and writing the state back, so the link, the embed route and the parser
// cannot disagree. See docs/CONTRACT.md, "Reading the query string".
import { t } from '$lib/i18n';
import type { Matrix } from '$lib/math/conv';

export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; problem: string };

export interface Param<T> {
	readonly default: T;
	/** Parse the raw query value. `note` reports a clamp; `problem` a refusal. */
	parse(raw: string, name: string): Parsed<T>;
	/** Write a value as it would appear in a link. */
	format(value: T): string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ParamTable = Record<string, Param<any>>;
export type Values<P extends ParamTable> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

export interface ReadResult<P extends ParamTable> {
	values: Values<P>;
	/** One human-readable message per refused or clamped parameter, naming it. */
	messages: string[];
}

/** Read every parameter of `table` from `query`; unknown parameters are ignored. */
export function readParams<P extends ParamTable>(table: P, query: URLSearchParams | string): ReadResult<P> {
	const q = typeof query === 'string' ? new URLSearchParams(query) : query;
	const values = {} as Record<string, unknown>;
	const messages: string[] = [];
	for (const [name, param] of Object.entries(table)) {
		const raw = q.get(name);
		if (raw === null) {
			values[name] = param.default;
			continue;
		}
		const r = param.parse(raw.trim(), name);
		if (r.ok) {
			values[name] = r.value;
			if (r.note) messages.push(r.note);
		} else {
			values[name] = param.default;
			messages.push(t('param.invalid', { name, problem: r.problem }));
		}
	}
	return { values: values as Values<P>, messages };
}

/** The query string (without `?`) for `values`, leaving out parameters at their default. */
export function writeParams<P extends ParamTable>(table: P, values: Partial<Values<P>>): string {
	const parts: string[] = [];
	for (const [name, param] of Object.entries(table)) {
		const v = (values as Record<string, unknown>)[name];
		if (v === undefined) continue;
		const text = param.format(v);
		if (text === param.format(param.default)) continue;
		parts.push(`${encodeURIComponent(name)}=${encodeQueryValue(text)}`);
	}
	return parts.join('&');
}

/** Percent-encode, but keep the characters the contract's matrices use readable. */
function encodeQueryValue(text: string): string {
	return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}

// ---- parameter kinds --------------------------------------------------------------------

/** Longest part of a refused value a message repeats: a 100k-character link stays readable. */
export const ECHO_MAX = 40;

/** A raw value as a message quotes it: cut to ECHO_MAX characters. */
export function echo(raw: string): string {
	const chars = [...raw];
	return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : raw;
}

function parseNumber(raw: string): number | null {
	if (raw === '') return null;
	// Accept a comma decimal ("0,5") only where no other comma is possible: plain numbers.
	const s = raw.replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
	const x = Number(s);
	return Number.isFinite(x) ? x : null;
}

function clampNote(name: string, value: number, min: number, max: number, used: number) {
	return t('param.clamped', { name, value, min, max, used });
}

/** A number parameter that knows its range (for sliders and clamping in widgets). */
export interface RangeParam extends Param<number> {
	readonly min: number;
	readonly max: number;
	/** True when only whole numbers are accepted. */
	readonly integer: boolean;
	/** The value clamped into [min, max]. */
	clamp(x: number): number;
}

/** A real number in [min, max]; out-of-range values are clamped with a note. */
export function num(opts: { min: number; max: number; default: number }): RangeParam {
	return {
		default: opts.default,
		min: opts.min,
		max: opts.max,
		integer: false,
		clamp: (x) => Math.min(opts.max, Math.max(opts.min, x)),
		parse(raw, name) {
			const x = parseNumber(raw);
			if (x === null)
				return {
					ok: false,
					problem: raw === '' ? t('param.problem.empty') : t('param.problem.number', { value: echo(raw) })
				};
			const c = Math.min(opts.max, Math.max(opts.min, x));
			return c === x
				? { ok: true, value: x }
				: { ok: true, value: c, note: clampNote(name, x, opts.min, opts.max, c) };
		},
		format: (v) => String(v)
	};
}

/** A whole number in [min, max]; out-of-range values are clamped with a note. */
export function int(opts: { min: number; max: number; default: number }): RangeParam {
	const n = num(opts);
	return {
		...n,
		integer: true,
		parse(raw, name) {
			const x = parseNumber(raw);
			if (x !== null && !Number.isInteger(x))
				return { ok: false, problem: t('param.problem.integer', { value: echo(raw) }) };
			return n.parse(raw, name);
		},
		format: (v) => String(v)
	};
}

/** A parameter that takes one of a fixed set of words. */
export interface ChoiceParam<T extends string> extends Param<T> {
	readonly choices: readonly T[];
}

/** One of a fixed set of words. */
export function choice<const T extends string>(values: readonly T[], def: T): ChoiceParam<T> {
	return {
		default: def,
		choices: values,
		parse(raw) {
			const v = raw.toLowerCase();
			const hit = values.find((x) => x.toLowerCase() === v);
			return hit !== undefined
				? { ok: true, value: hit }
				: { ok: false, problem: t('param.problem.choice', { value: echo(raw), choices: values.join(', ') }) };
		},
		format: (v) => v
	};
}

/** true/false (also 1/0, yes/no). */
export function bool(def: boolean): Param<boolean> {
	return {
		default: def,
		parse(raw) {
			const v = raw.toLowerCase();
			if (['true', '1', 'yes', 'on', ''].includes(v)) return { ok: true, value: true };
			if (['false', '0', 'no', 'off'].includes(v)) return { ok: true, value: false };
			return { ok: false, problem: t('param.problem.bool', { value: echo(raw) }) };
		},
		format: (v) => (v ? 'true' : 'false')
	};
}

/** Free text, trimmed, at most `maxLength` characters (a longer text is cut, with a note). */
export function text(def: string, maxLength = 60): Param<string> {
	return {
		default: def,
		parse(raw, name) {
			if (raw === '') return { ok: false, problem: t('param.problem.empty') };
			const chars = [...raw];
			if (chars.length <= maxLength) return { ok: true, value: raw };
			const value = chars.slice(0, maxLength).join('');
			return {
				ok: true,
				value,
				note: t('param.cut', { name, n: chars.length, max: maxLength, used: value })
			};
		},
		format: (v) => v
	};
}

export type { Matrix };
export const MAX_MATRIX = 64;

/** Parse `1,0,1;0,1,0` into rows; refuses ragged rows, non-numbers, empty and > 64×64. */
export function parseMatrix(raw: string, max = MAX_MATRIX): Parsed<Matrix> {
	const body = raw.trim().replace(/;+\s*$/, '');
	if (body === '') return { ok: false, problem: t('param.problem.empty') };
	const rows = body.split(';').map((r) => r.split(',').map((c) => c.trim()));
	const m: Matrix = [];
	for (let i = 0; i < rows.length; i++) {
		const row: number[] = [];
		for (const cell of rows[i]) {
			const x = parseNumber(cell);
			if (x === null)
				return { ok: false, problem: t('param.problem.matrix.nan', { value: echo(cell), row: i + 1 }) };
			row.push(x);
		}
		m.push(row);
	}
	const want = m[0].length;
	const bad = m.findIndex((r) => r.length !== want);
	if (bad >= 0)
		return {
			ok: false,
			problem: t('param.problem.matrix.ragged', { row: bad + 1, got: m[bad].length, want })
		};
	if (m.length > max || want > max)
		return { ok: false, problem: t('param.problem.matrix.size', { rows: m.length, cols: want, max }) };
	return { ok: true, value: m };
}

export function formatMatrix(m: Matrix): string {
	return m.map((r) => r.map(String).join(',')).join(';');
}

export function matrix(def: Matrix, max = MAX_MATRIX): Param<Matrix> {
	return { default: def, parse: (raw) => parseMatrix(raw, max), format: formatMatrix };
}

/** A comma-separated list of numbers, each clamped to [min, max]. */
export function numberList(opts: {
	def: number[];
	min: number;
	max: number;
	maxLength: number;
}): Param<number[]> {
	return {
		default: opts.def,
		parse(raw, name) {
			const parsed = parseMatrix(raw.replace(/;/g, ','), Infinity);
			if (!parsed.ok) return parsed;
			const list = parsed.value[0];
			if (list.length > opts.maxLength)
				return { ok: false, problem: t('param.problem.list.size', { n: list.length, max: opts.maxLength }) };
			const bad = list.find((x) => x < opts.min || x > opts.max);
			const clamped = list.map((x) => Math.min(opts.max, Math.max(opts.min, x)));
			return bad === undefined
				? { ok: true, value: list }
				: {
						ok: true,
						value: clamped,
						note: clampNote(name, bad, opts.min, opts.max, Math.min(opts.max, Math.max(opts.min, bad)))
					};
		},
		format: (v) => v.map(String).join(',')
	};
}

/** Try `a`, then `b` (e.g. a preset name or a matrix; `valid`/`same` or an integer). */
export function either<A, B>(a: Param<A>, b: Param<B>, def: A | B, isA: (v: A | B) => v is A): Param<A | B> {
	return {
		default: def,
		parse(raw, name) {
			const ra = a.parse(raw, name);
			if (ra.ok) return ra;
			const rb = b.parse(raw, name);
			if (rb.ok) return rb;
			return { ok: false, problem: `${ra.problem} ${rb.problem}` };
		},
		format: (v) => (isA(v) ? a.format(v) : b.format(v as B))
	};
}
