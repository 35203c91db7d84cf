// A widget's shareable state, declared once by its parameter table (docs/CONTRACT.md, "Reading
// the query string"). `ParamState(params)` is a base class whose instances have one rune field
// per parameter (`shift-x` → `shiftX`), each starting at `initial`'s value or the table's
// default, and a derived `query` that writes them back. A widget keeps a parameter in a form of
// its own (a network, a preset-or-matrix kernel) by naming it in `own` and overriding
// `paramValues()`, which says what the query writes.
import { writeParams, type ParamTable, type Values } from './params';

/** `shift-x` → `shiftX`: the state field that holds a parameter. */
export type FieldName<K extends string> = K extends `${infer A}-${infer B}`
	? `${A}${Capitalize<FieldName<B>>}`
	: K;

/** One writable field per parameter of `P`, named by FieldName. */
export type Fields<P extends ParamTable> = {
	-readonly [K in keyof P & string as FieldName<K>]: Values<P>[K];
};

export function fieldName(key: string): string {
	return key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Every parameter's starting value: `initial`'s where given, else the table's default. */
export function startValues<P extends ParamTable>(table: P, initial: Partial<Values<P>> = {}): Values<P> {
	const out: Record<string, unknown> = {};
	for (const [k, param] of Object.entries(table)) {
		const v = (initial as Record<string, unknown>)[k];
		out[k] = v === undefined ? param.default : v;
	}
	return out as Values<P>;
}

export interface ParamStateBase<P extends ParamTable> {
	/** The link's query string (without `?`) for the current state; defaults are left out. */
	readonly query: string;
	/** The values `query` writes: the fields, or what a subclass says for its own parameters. */
	paramValues(): Partial<Values<P>>;
}

export type ParamStateClass<P extends ParamTable, Own extends keyof P & string> = new (
	initial?: Partial<Values<P>>
) => Fields<Omit<P, Own>> & ParamStateBase<P>;

/** A reactive cell (`$state.raw`: a new value is assigned, never mutated in place). */
function cell<T>(value: T) {
	let v = $state.raw(value);
	return {
		get: () => v,
		set: (x: T) => {
			v = x;
		}
	};
}

/**
 * The base class of a widget's state: `class FooState extends ParamState(params) { … }`.
 * Parameters listed in `own` get no field; the subclass sets them up from `initial` itself.
 */
export function ParamState<P extends ParamTable, Own extends keyof P & string = never>(
	table: P,
	own: readonly Own[] = []
): ParamStateClass<P, Own> {
	const keys = Object.keys(table).filter((k) => !(own as readonly string[]).includes(k));
	class Base {
		constructor(initial: Partial<Values<P>> = {}) {
			const start = startValues(table, initial) as Record<string, unknown>;
			for (const k of keys) {
				const c = cell(start[k]);
				Object.defineProperty(this, fieldName(k), {
					get: c.get,
					set: c.set,
					enumerable: true,
					configurable: true
				});
			}
		}

		paramValues(): Partial<Values<P>> {
			const self = this as unknown as Record<string, unknown>;
			return Object.fromEntries(keys.map((k) => [k, self[fieldName(k)]])) as Partial<Values<P>>;
		}

		query = $derived(writeParams(table, this.paramValues()));
	}
	return Base as unknown as ParamStateClass<P, Own>;
}
