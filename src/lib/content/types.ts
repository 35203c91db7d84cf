import type { Component } from 'svelte';

export interface TocEntry {
	id: string;
	text: string;
	level: number;
}

/** Frontmatter every lesson declares, plus what the build adds (toc). */
export interface LessonMeta {
	title: string;
	summary: string;
	objectives: string[];
	toc: TocEntry[];
}

export interface LessonInfo extends LessonMeta {
	slug: string;
	/** 1-based position in the course. */
	number: number;
	/** The folder under content/lessons. */
	folder: string;
	/** The language the title, summary and prose are in (English where not translated yet). */
	lang: import('$lib/i18n/locale').Locale;
}

export interface LessonModule {
	default: Component;
	metadata: LessonMeta;
}
