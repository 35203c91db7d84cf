import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { APP_ID, CURRENT_VERSION, emptyProgress, parseProgress, passed, serialize, upgrade } from './schema';

const v2 = (lessons: Record<string, unknown>) => ({ app: APP_ID, version: 2, lessons });
const lesson = (over: Record<string, unknown> = {}) => ({
	visited: true,
	best: null,
	total: null,
	completed: false,
	...over
});

describe('progress schema', () => {
	it('round-trips the current version', () => {
		const data = v2({ environments: lesson({ best: 3, total: 4, completed: true }), 'age-of-ai': lesson() });
		const r = parseProgress(JSON.stringify(data));
		expect(r).toEqual({ ok: true, data, from: CURRENT_VERSION });
	});

	it('migrates version 1 (a list of visited lessons) to version 2', () => {
		const r = parseProgress(JSON.stringify({ version: 1, visited: ['environments', 'convolution'] }));
		expect(r.ok && r.from).toBe(1);
		expect(r.ok && r.data).toEqual(
			v2({
				environments: { visited: true, best: null, total: null, completed: false },
				convolution: { visited: true, best: null, total: null, completed: false }
			})
		);
	});

	it.each([
		['not JSON', '{oops', /not valid JSON/],
		['an array', '[]', /not a progress object/],
		['no version', '{"lessons":{}}', /no valid version/],
		['a version from the future', '{"version":99,"lessons":{}}', /newer version/],
		['another app', JSON.stringify({ app: 'other', version: 2, lessons: {} }), /not a CNN Inspection Lab/],
		['lessons missing', '{"version":2}', /“lessons”/],
		['a bad slug', JSON.stringify(v2({ 'Bad Slug!': lesson() })), /not a lesson name/],
		['a malformed entry', JSON.stringify(v2({ environments: { visited: 'yes' } })), /malformed/],
		['best above total', JSON.stringify(v2({ environments: lesson({ best: 5, total: 4 }) })), /quiz score/],
		[
			'a fractional best',
			JSON.stringify(v2({ environments: lesson({ best: 1.5, total: 4 }) })),
			/quiz score/
		],
		['best without total', JSON.stringify(v2({ environments: lesson({ best: 2 }) })), /quiz score/],
		['v1 with a non-list', '{"version":1,"visited":"environments"}', /“visited”/],
		['v1 with a bad slug', '{"version":1,"visited":[3]}', /not a lesson name/]
	])('refuses %s with a clear problem', (_, text, problem) => {
		const r = parseProgress(text);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problem).toMatch(problem);
	});

	it('drops unknown fields instead of passing them on', () => {
		const r = upgrade({ ...v2({ environments: { ...lesson(), extra: '<script>' } }), junk: 1 });
		expect(r.ok && r.data).toEqual(v2({ environments: lesson() }));
	});

	it('passed needs 80% of the questions', () => {
		expect(passed(3, 3)).toBe(true);
		expect(passed(2, 3)).toBe(false);
		expect(passed(4, 5)).toBe(true);
		expect(passed(3, 5)).toBe(false);
		expect(passed(0, 0)).toBe(false);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (total, b) => {
				const best = Math.min(b, total);
				expect(passed(best, total)).toBe(best / total >= 0.8 - 1e-12);
			})
		);
	});

	it('anything serialize writes, parse reads back', () => {
		const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/);
		const entry = fc
			.record({
				visited: fc.boolean(),
				completed: fc.boolean(),
				total: fc.integer({ min: 1, max: 100 }),
				f: fc.double({ min: 0, max: 1, noNaN: true }),
				scored: fc.boolean()
			})
			.map(({ visited, completed, total, f, scored }) => ({
				visited,
				completed,
				total: scored ? total : null,
				best: scored ? Math.floor(f * total) : null
			}));
		fc.assert(
			fc.property(fc.dictionary(slug, entry, { maxKeys: 12 }), (lessons) => {
				const data = { ...emptyProgress(), lessons };
				expect(parseProgress(serialize(data))).toEqual({ ok: true, data, from: CURRENT_VERSION });
			})
		);
	});
});
