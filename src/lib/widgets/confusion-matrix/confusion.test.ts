import { describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n';
import { ConfusionState } from './confusion.svelte';

describe('ConfusionState', () => {
	it('starts at the worked example and flips roles', () => {
		const s = new ConfusionState();
		expect(s.counts).toEqual({ tp: 93, fp: 75, fn: 58, tn: 86 });
		s.flip();
		expect(s.counts).toEqual({ tp: 86, fp: 58, fn: 75, tn: 93 });
		expect([s.positive, s.negative]).toEqual(['OK', 'defective']);
		expect(s.query).toBe('tp=86&fp=58&fn=75&tn=93&positive=OK&negative=defective');
	});
	it.each([
		['-1', 'negative'],
		['2.5', 'not a whole number'],
		['', 'not a number'],
		['1e9', 'more than 1000000']
	])('a typed %j is refused (%s) and the last good count kept', (raw, says) => {
		const s = new ConfusionState();
		s.type('tp', raw);
		expect(s.counts.tp).toBe(93);
		expect(s.messages.join(' ')).toContain(says);
		s.type('tp', '12');
		expect(s.counts.tp).toBe(12);
		expect(s.messages).toEqual([]);
	});
	it('steps stay within 0…1000000; names must differ and not be empty', () => {
		const s = new ConfusionState({ tp: 0, fp: 1000000 });
		s.step('tp', -1);
		s.step('fp', 10);
		expect(s.counts.tp).toBe(0);
		expect(s.counts.fp).toBe(1000000);
		s.rename('positive', 'OK');
		expect(s.positive).toBe('defective');
		expect(s.nameProblem).not.toBeNull();
		s.rename('positive', ' cracked ');
		expect(s.positive).toBe('cracked');
	});
	it('two classes given one name are told apart, with a message naming both parameters', () => {
		const s = new ConfusionState({ positive: 'OK', negative: 'OK' });
		expect(s.positive).toBe('OK');
		expect(s.negative).toBe('defective');
		expect(s.messages.join(' ')).toMatch(/“positive” and “negative” are both “OK”/);
		expect(new ConfusionState({ positive: 'good', negative: 'bad' }).messages).toEqual([]);
	});
	it('on an Indonesian page: unnamed classes read cacat/OK, and counts are typed the Indonesian way', () => {
		setLocale('id');
		try {
			const s = new ConfusionState();
			expect([s.positive, s.negative]).toEqual(['cacat', 'OK']);
			expect(new ConfusionState({ positive: 'covid', negative: 'sehat' }).positive).toBe('covid');
			s.type('tp', '1.000');
			expect(s.counts.tp).toBe(1000);
			s.type('fp', '2,5');
			expect(s.counts.fp).toBe(75);
			expect(s.messages.join(' ')).toContain('bukan bilangan bulat');
			s.type('fp', '0x10');
			expect(s.messages.join(' ')).toContain('bukan angka');
		} finally {
			setLocale('en');
		}
		expect(new ConfusionState().positive).toBe('defective');
	});
});
