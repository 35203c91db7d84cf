// The course order, as fixed by the public URL contract (../shared/CONTRACT.md, "Routes").
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
