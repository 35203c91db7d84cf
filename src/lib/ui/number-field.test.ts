import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTyped, type FieldRule } from './number-field';

const batch: FieldRule = { label: 'Batch size', min: 1, max: 512, integer: true };
const lr: FieldRule = { label: 'Learning rate', min: 0.00001, max: 1 };

describe('readTyped', () => {
	it('keeps a number in range', () => {
		expect(readTyped('32', batch, 16)).toEqual({ ok: true, value: 32 });
		expect(readTyped(' 0,01 ', lr, 0.001)).toEqual({ ok: true, value: 0.01 });
		expect(readTyped('1e-3', lr, 0.01)).toEqual({ ok: true, value: 0.001 });
		expect(readTyped('-0', { label: 'Seed', min: 0, max: 9, integer: true }, 3)).toEqual({
			ok: true,
			value: 0
		});
		expect(
			Object.is((readTyped('-0', { label: 'Seed', min: 0, max: 9 }, 3) as { value: number }).value, 0)
		).toBe(true);
	});
	it.each([
		['', 'empty (or text the box could not read)'],
		['abc', 'not a number'],
		['NaN', 'NaN'],
		['Infinity', 'infinite'],
		['1e308', 'far too large'],
		['0', 'below the range'],
		['-5', 'negative'],
		['513', 'above the range'],
		['2.5', 'not whole'],
		['0x20', 'hex']
	])('refuses %j (%s), naming the field, its range and the value kept', (text) => {
		const r = readTyped(text, batch, 16);
		expect(r.ok).toBe(false);
		const m = (r as { message: string }).message;
		expect(m).toContain('Batch size');
		expect(m).toContain('1');
		expect(m).toContain('512');
		expect(m).toContain('still using 16');
		expect(m).not.toMatch(/NaN|undefined|Infinity/);
	});
	it('never lets a value outside the rule through, whatever is typed', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.double().map(String), fc.integer({ min: -1000, max: 1000 }).map(String)),
				fc.boolean(),
				(text, integer) => {
					const rule = { ...batch, integer };
					const r = readTyped(text, rule, 16);
					if (r.ok) {
						expect(r.value).toBeGreaterThanOrEqual(rule.min);
						expect(r.value).toBeLessThanOrEqual(rule.max);
						if (integer) expect(Number.isInteger(r.value)).toBe(true);
					} else expect(r.message).toContain('Batch size');
				}
			)
		);
	});
	it('accepts every value in range, as the number box writes it', () => {
		fc.assert(
			fc.property(fc.double({ min: lr.min, max: lr.max, noNaN: true }), (x) => {
				expect(readTyped(String(x), lr, 0.01)).toEqual({ ok: true, value: x });
			})
		);
	});
});

describe('readTyped on an Indonesian page', () => {
	it('reads a decimal comma and a thousands dot in the page language', async () => {
		const { setLocale } = await import('$lib/i18n');
		setLocale('id');
		try {
			const rule = { label: 'x', min: 0, max: 10000 };
			expect(readTyped('0,5', rule, 1)).toEqual({ ok: true, value: 0.5 });
			expect(readTyped('0.5', rule, 1)).toEqual({ ok: true, value: 0.5 });
			expect(readTyped('1.952,25', rule, 1)).toEqual({ ok: true, value: 1952.25 });
			const refused = readTyped('abc', rule, 1);
			expect(refused.ok).toBe(false);
			if (!refused.ok) expect(refused.message).toContain('menerima angka');
		} finally {
			setLocale('en');
		}
	});
});
