import { describe, expect, it } from 'vitest';
import { choice, int, num } from './params';
import { fieldName, ParamState, startValues } from './state.svelte';

const table = {
	mode: choice(['a', 'b'] as const, 'a'),
	'shift-x': num({ min: 0, max: 1, default: 0.5 }),
	n: int({ min: 0, max: 9, default: 3 })
};

describe('fieldName', () => {
	it('turns a dashed parameter into a camelCase field', () => {
		expect(fieldName('shift-x')).toBe('shiftX');
		expect(fieldName('a-long-name')).toBe('aLongName');
		expect(fieldName('plain')).toBe('plain');
	});
});

describe('startValues', () => {
	it('takes what initial gives and the default for the rest', () => {
		expect(startValues(table, { n: 7 })).toEqual({ mode: 'a', 'shift-x': 0.5, n: 7 });
		expect(startValues(table)).toEqual({ mode: 'a', 'shift-x': 0.5, n: 3 });
	});
});

describe('ParamState', () => {
	class S extends ParamState(table) {
		double = $derived(this.n * 2);
	}

	it('has one field per parameter, from initial or the default', () => {
		const s = new S({ 'shift-x': 0.25 });
		expect([s.mode, s.shiftX, s.n]).toEqual(['a', 0.25, 3]);
		expect(s.query).toBe('shift-x=0.25');
	});

	it('derives the query and other values from the fields as they change', () => {
		const s = new S();
		expect(s.query).toBe('');
		s.n = 5;
		s.mode = 'b';
		expect(s.double).toBe(10);
		expect(s.query).toBe('mode=b&n=5');
	});

	it('keeps two states apart', () => {
		const a = new S();
		const b = new S();
		a.n = 8;
		expect(b.n).toBe(3);
	});

	it('leaves `own` parameters to the subclass and writes what paramValues says', () => {
		class T extends ParamState(table, ['n']) {
			count = $state(0);
			constructor(initial: { n?: number } = {}) {
				super(initial);
				this.count = (initial.n ?? 3) + 100;
			}
			override paramValues() {
				return { ...super.paramValues(), n: this.count - 100 };
			}
		}
		const t = new T({ n: 4 });
		expect('n' in t).toBe(false);
		expect(t.query).toBe('n=4');
		t.count = 109;
		expect(t.query).toBe('n=9');
	});
});
