import { describe, expect, it } from 'vitest';
import { localeOfPath, localizePath, stripLocale } from './locale';

describe('locale paths', () => {
	it('tells the language from the path', () => {
		expect(localeOfPath('/')).toBe('en');
		expect(localeOfPath('/lessons/convolution/')).toBe('en');
		expect(localeOfPath('/id/')).toBe('id');
		expect(localeOfPath('/id')).toBe('id');
		expect(localeOfPath('/id/lessons/convolution/')).toBe('id');
		expect(localeOfPath('/idea/')).toBe('en');
		expect(localeOfPath('/en/')).toBe('en');
	});
	it('moves a path between languages, both ways', () => {
		expect(localizePath('/', 'id')).toBe('/id/');
		expect(localizePath('/id/', 'en')).toBe('/');
		expect(localizePath('/embed/convolution/', 'id')).toBe('/id/embed/convolution/');
		expect(localizePath('/id/embed/convolution/', 'id')).toBe('/id/embed/convolution/');
		expect(localizePath('/id/lessons/pooling-and-flattening/', 'en')).toBe(
			'/lessons/pooling-and-flattening/'
		);
		expect(stripLocale('/id')).toBe('/');
		for (const p of ['/', '/instructors/', '/lessons/age-of-ai/', '/embed/quiz/environments/'])
			expect(localizePath(localizePath(p, 'id'), 'en')).toBe(p);
	});
});
