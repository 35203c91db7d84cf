// The course order, as fixed by the public URL contract (docs/CONTRACT.md, "Routes").
export const COURSE_SLUGS = [
	'environments',
	'age-of-ai',
	'neural-networks',
	'backpropagation',
	'classification-metrics',
	'images-as-data',
	'convolution',
	'pooling-and-flattening',
	'fitting-and-augmentation',
	'case-study'
] as const;

export type CourseSlug = (typeof COURSE_SLUGS)[number];

/** How many lessons the course has. */
export const COURSE_LENGTH = COURSE_SLUGS.length;

/** A lesson's place in the course, 1-based; 0 for a slug the course does not have. */
export function courseNumber(slug: string): number {
	return (COURSE_SLUGS as readonly string[]).indexOf(slug) + 1;
}
