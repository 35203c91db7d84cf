import { describe, expect, it } from 'vitest';
import { COURSE_LENGTH, COURSE_SLUGS, courseNumber } from './course';
import { lessonSlugs } from './index';

describe('course order', () => {
	it('numbers every lesson by its place in COURSE_SLUGS, and unknown slugs 0', () => {
		COURSE_SLUGS.forEach((slug, i) => expect(courseNumber(slug)).toBe(i + 1));
		expect(courseNumber('no-such-lesson')).toBe(0);
	});

	it('has as many lessons as the content folder, in the same order', () => {
		expect(COURSE_LENGTH).toBe(COURSE_SLUGS.length);
		expect(lessonSlugs()).toEqual([...COURSE_SLUGS]);
	});
});
