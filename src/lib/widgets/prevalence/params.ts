import { num } from '$lib/embed/params';

/** The two defect rates the lesson compares: the public data set's, and a production line's. */
export const DATASET_RATE = 0.57;
export const LINE_RATE = 0.02;

/** URL parameters of /embed/prevalence/ (fractions in 0…1). */
export const params = {
	recall: num({ min: 0, max: 1, default: 0.9 }),
	specificity: num({ min: 0, max: 1, default: 0.95 }),
	prevalence: num({ min: 0, max: 1, default: DATASET_RATE })
};
