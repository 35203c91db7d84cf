// Generated from the registry: for every embeddable widget, the state built from a link writes a
// link that reads back to the same state (read(write(state)) = state), and building the state
// again from that reading writes the same link. Starting links: the defaults, every instructor
// preset, and random values drawn from each parameter's own range or choices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParams, writeParams, type Param, type ParamTable } from '$lib/embed/params';
import { startValues } from '$lib/embed/state.svelte';
import { presetsFor } from '$lib/instructor/presets';
import { loadWidget, widgetNames } from './registry';

/** Values a parameter can take, from what its table entry declares. */
function arbitrary(p: Param<unknown>): fc.Arbitrary<unknown> {
	const q = p as Param<unknown> &
		Partial<{ choices: readonly string[]; min: number; max: number; integer: boolean }>;
	if (q.choices) return fc.constantFrom(...q.choices);
	if (q.min !== undefined && q.max !== undefined)
		return q.integer
			? fc.integer({ min: q.min, max: q.max })
			: fc.double({ min: q.min, max: q.max, noNaN: true }).map((x) => (x === 0 ? 0 : x));
	if (typeof p.default === 'boolean') return fc.boolean();
	return fc.constant(p.default);
}

const values = (table: ParamTable) =>
	fc.record(Object.fromEntries(Object.entries(table).map(([k, p]) => [k, arbitrary(p)])));

/**
 * Widgets that move a linked state which cannot be shown to the nearest that can, and say so:
 * a kernel or window that does not fit, a picked cell outside the output, a network whose
 * shapes disagree, a label that is not 0 or 1, two classes given one name, an input smaller than
 * the field of its stacked layers.
 */
const ADJUSTS = new Set([
	'convolution',
	'pooling',
	'network',
	'backprop-stepper',
	'confusion-matrix',
	'conv-channels',
	'receptive-field'
]);

/** Parameters that ask for an action rather than set state: a shared link does not repeat them. */
const COMMANDS: Record<string, string[]> = { 'training-lab': ['autostart'] };

const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

describe.each(widgetNames)('%s state', async (name) => {
	const def = (await loadWidget(name))!;
	const { params: table, State } = def;
	const fromQuery = (q: string) => new State(readParams(table, q).values);

	function roundTrip(q0: string) {
		const s = fromQuery(q0);
		const written = s.query;
		if (!ADJUSTS.has(name)) {
			const asked = { ...readParams(table, q0).values };
			for (const k of COMMANDS[name] ?? []) delete asked[k];
			expect(written, `the link ${q0}`).toBe(writeParams(table, asked));
		}
		const read = readParams(table, written);
		expect(read.messages, `reading ${written}`).toEqual([]);
		const own = s as { paramValues?: () => object };
		if (own.paramValues) expect(read.values).toEqual(startValues(table, defined(own.paramValues())));
		expect(new State(read.values).query).toBe(written);
	}

	it('has a state class and a parameter table', () => {
		expect(typeof State).toBe('function');
		expect(Object.keys(table).length).toBeGreaterThan(0);
	});

	it('writes nothing at the defaults', () => expect(fromQuery('').query).toBe(''));

	it.each(['', ...presetsFor(name).map((p) => p.query)])('round-trips %s', (q) => roundTrip(q));

	it('round-trips random values from its table', () => {
		fc.assert(
			fc.property(values(table), (v) => roundTrip(writeParams(table, v))),
			{ numRuns: 60 }
		);
	});
});
