import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	bool,
	choice,
	ECHO_MAX,
	either,
	formatMatrix,
	int,
	matrix,
	num,
	numberList,
	parseMatrix,
	readParams,
	text,
	writeParams
} from './params';

const table = {
	stride: int({ min: 1, max: 8, default: 1 }),
	lr: num({ min: 1e-4, max: 2, default: 0.1 }),
	mode: choice(['max', 'avg'] as const, 'max'),
	normalize: bool(true),
	kernel: matrix([[1]]),
	name: text('defective')
};

describe('readParams', () => {
	it('uses defaults for missing parameters and ignores unknown ones', () => {
		const r = readParams(table, 'foo=bar');
		expect(r.values).toEqual({
			stride: 1,
			lr: 0.1,
			mode: 'max',
			normalize: true,
			kernel: [[1]],
			name: 'defective'
		});
		expect(r.messages).toEqual([]);
	});
	it('parses good values', () => {
		const r = readParams(
			table,
			'stride=3&lr=0.5&mode=AVG&normalize=false&kernel=1,0,-1.5;2,3,4&name=bad%20part'
		);
		expect(r.values).toEqual({
			stride: 3,
			lr: 0.5,
			mode: 'avg',
			normalize: false,
			kernel: [
				[1, 0, -1.5],
				[2, 3, 4]
			],
			name: 'bad part'
		});
		expect(r.messages).toEqual([]);
	});
	it('clamps out-of-range numbers and says so, naming the parameter', () => {
		const r = readParams(table, 'stride=99&lr=-3');
		expect(r.values.stride).toBe(8);
		expect(r.values.lr).toBe(1e-4);
		expect(r.messages).toHaveLength(2);
		expect(r.messages[0]).toContain('“stride”');
		expect(r.messages[1]).toContain('“lr”');
	});
	it('refuses bad values with a message naming the parameter, keeping the default', () => {
		const r = readParams(table, 'stride=2.5&lr=abc&mode=min&normalize=maybe&kernel=1,2;3&name=');
		expect(r.values).toEqual({
			stride: 1,
			lr: 0.1,
			mode: 'max',
			normalize: true,
			kernel: [[1]],
			name: 'defective'
		});
		expect(r.messages).toHaveLength(6);
		for (const [i, n] of ['stride', 'lr', 'mode', 'normalize', 'kernel', 'name'].entries())
			expect(r.messages[i]).toContain(`“${n}”`);
	});
	it('never yields NaN or Infinity', () => {
		for (const v of ['NaN', 'Infinity', '-Infinity', '1e400', '0x10', '', ' ']) {
			const r = readParams(table, `lr=${encodeURIComponent(v)}`);
			expect(Number.isFinite(r.values.lr)).toBe(true);
		}
	});
});

describe('parseMatrix', () => {
	it('reads rows split by ; and values by ,', () => {
		expect(parseMatrix('1,0,1;0,1,0;1,0,1')).toEqual({
			ok: true,
			value: [
				[1, 0, 1],
				[0, 1, 0],
				[1, 0, 1]
			]
		});
		expect(parseMatrix(' -1, .5 ; 2e1 ,3 ')).toEqual({
			ok: true,
			value: [
				[-1, 0.5],
				[20, 3]
			]
		});
	});
	it('refuses ragged, non-numeric, empty and oversized matrices', () => {
		expect(parseMatrix('1,2;3').ok).toBe(false);
		expect(parseMatrix('1,x').ok).toBe(false);
		expect(parseMatrix('1,,2').ok).toBe(false);
		expect(parseMatrix('').ok).toBe(false);
		expect(parseMatrix(';').ok).toBe(false);
		const big = Array.from({ length: 65 }, () => '1').join(',');
		expect(parseMatrix(big).ok).toBe(false);
		expect(parseMatrix(Array.from({ length: 64 }, () => Array(64).fill(1).join(',')).join(';')).ok).toBe(
			true
		);
	});
	it('round-trips through formatMatrix', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 6 }).chain((c) =>
					fc.array(
						fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
							minLength: c,
							maxLength: c
						}),
						{ minLength: 1, maxLength: 6 }
					)
				),
				(m) => {
					const r = parseMatrix(formatMatrix(m));
					expect(r.ok && r.value.map((row) => row.map((x) => x + 0))).toEqual(
						m.map((row) => row.map((x) => x + 0))
					);
				}
			)
		);
	});
});

describe('writeParams', () => {
	it('writes only non-default values, readable, and reads back to the same state', () => {
		const values = {
			stride: 2,
			lr: 0.1,
			mode: 'avg' as const,
			normalize: true,
			kernel: [
				[1, 0],
				[0, -1]
			],
			name: 'def & ok'
		};
		const q = writeParams(table, values);
		expect(q).toBe('stride=2&mode=avg&kernel=1,0;0,-1&name=def%20%26%20ok');
		expect(readParams(table, q).values).toEqual(values);
	});
});

describe('either and numberList', () => {
	const padding = either(
		choice(['valid', 'same'] as const, 'valid'),
		int({ min: 0, max: 10, default: 0 }),
		'valid',
		(v): v is 'valid' | 'same' => typeof v === 'string'
	);
	it('tries each alternative', () => {
		expect(padding.parse('same', 'padding')).toEqual({ ok: true, value: 'same' });
		expect(padding.parse('3', 'padding')).toEqual({ ok: true, value: 3 });
		expect(padding.parse('wide', 'padding').ok).toBe(false);
		expect(padding.format(2)).toBe('2');
		expect(padding.format('same')).toBe('same');
	});
	it('reads lists and clamps their values', () => {
		const scores = numberList({ def: [], min: 0, max: 1, maxLength: 5 });
		expect(scores.parse('0.1,0.9', 'scores')).toEqual({ ok: true, value: [0.1, 0.9] });
		const r = scores.parse('0.1,1.5', 'scores');
		expect(r.ok && r.value).toEqual([0.1, 1]);
		expect(r.ok && r.note).toContain('“scores”');
		expect(scores.parse('1,2,3,4,5,6', 'scores').ok).toBe(false);
	});
});

describe('long values', () => {
	it('a refused value is quoted cut to ECHO_MAX characters, whatever its length', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 0, maxLength: 300 }), (tail) => {
				const raw = `z${tail}`;
				const { messages } = readParams(
					{ n: num({ min: 0, max: 1, default: 0 }) },
					new URLSearchParams({ n: raw })
				);
				expect(messages).toHaveLength(1);
				const quoted = messages[0].match(/“([^”]*)”: “([^”]*)”/)![2];
				expect([...quoted.replace(/…$/, '')].length).toBe(Math.min([...raw.trim()].length, ECHO_MAX));
			})
		);
	});
	it('a text longer than its limit is cut with a note naming the parameter', () => {
		const p = text('OK', 5);
		expect(p.parse('abc', 'name')).toEqual({ ok: true, value: 'abc' });
		const r = p.parse('abcdefgh', 'name');
		expect(r.ok && r.value).toBe('abcde');
		expect(r.ok && r.note).toContain('“name”');
		// Cut by characters, never inside a surrogate pair.
		const u = p.parse('𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'name');
		expect(u.ok && u.value).toBe('𝔘𝔫𝔦𝔠𝔬');
	});
});
