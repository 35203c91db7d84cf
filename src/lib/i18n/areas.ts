// The interface strings by area (one module per area in en/). A page loads only the areas its
// parts use (issue 15.6: the one catalogue was every page's largest script): a widget calls
// useStrings() with its areas, and the site's own (CORE) are always there. Unused areas are left
// out of a page's JavaScript by the bundler. The Indonesian edition adds `id` beside `en` here.
import type { Messages } from './index';
import { site as siteEn } from './en/site';
import { environments as environmentsEn } from './en/environments';
import { quiz as quizEn } from './en/quiz';
import { linear as linearEn } from './en/linear';
import { metrics as metricsEn } from './en/metrics';
import { images as imagesEn } from './en/images';
import { progress as progressEn } from './en/progress';
import { instructor as instructorEn } from './en/instructor';
import { backend as backendEn } from './en/backend';
import { lab as labEn } from './en/lab';
import { nn as nnEn } from './en/nn';
import { conv as convEn } from './en/conv';
import { quizEmbed as quizEmbedEn } from './en/quiz-embed';
import { deeper as deeperEn } from './en/deeper';
import { offline as offlineEn } from './en/offline';
import { visual as visualEn } from './en/visual';

/** One area's strings, per language. */
export interface Area {
	en: Partial<Messages>;
}

export const site: Area = { en: siteEn };
export const environments: Area = { en: environmentsEn };
export const quiz: Area = { en: quizEn };
export const linear: Area = { en: linearEn };
export const metrics: Area = { en: metricsEn };
export const images: Area = { en: imagesEn };
export const progress: Area = { en: progressEn };
export const instructor: Area = { en: instructorEn };
export const backend: Area = { en: backendEn };
export const lab: Area = { en: labEn };
export const nn: Area = { en: nnEn };
export const conv: Area = { en: convEn };
export const quizEmbed: Area = { en: quizEmbedEn };
export const deeper: Area = { en: deeperEn };
export const offline: Area = { en: offlineEn };
export const visual: Area = { en: visualEn };

/** Every area (the embed and instructor pages, which show every widget, and the unit tests). */
export const ALL: readonly Area[] = [
	site,
	environments,
	quiz,
	linear,
	metrics,
	images,
	progress,
	instructor,
	backend,
	lab,
	nn,
	conv,
	quizEmbed,
	deeper,
	offline,
	visual
];

/** What every page shows: the site's frame, progress, quizzes and the offline notice. */
export const CORE: readonly Area[] = [site, progress, quiz, offline];
