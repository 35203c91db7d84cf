import { describe, expect, it } from 'vitest';
import { format, t } from './index';

describe('i18n', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(format('Lesson {n} of {total}', { n: 2, total: 10 })).toBe('Lesson 2 of 10');
		expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
	});
	it('looks up keys', () => {
		expect(t('course.lesson', { n: 3 })).toBe('Lesson 3');
	});
});
