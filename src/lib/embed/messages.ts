// Messages from embeds to the page around them (the public contract, "Messages from embeds
// (protocol version 1)"). Plain TypeScript: the shapes are built and host messages are read here,
// tested on their own; `connectEmbed` (./connect.ts) wires them to a window.
//
// What an embed posts to window.parent, target origin '*' (the messages carry no secrets):
//   { source: 'cnn-inspection-lab', version: 1, type: 'resize', height }
//   { source: 'cnn-inspection-lab', version: 1, type: 'xapi', statement }
//   { subject: 'lti.frameResize', height }                        (Canvas)
//   { context: 'h5p', action: 'hello' | 'prepareResize' | 'resize', … } (H5P's resizer)
// What it reads from the host: only H5P's resizer actions, by exact string comparison. Nothing
// from a message is ever evaluated, stored or allowed to change the embed's state.
import { passed } from '$lib/progress/schema';

export const SOURCE = 'cnn-inspection-lab';
/** The protocol version. A change of shape is a new version; old hosts keep reading version 1. */
export const PROTOCOL_VERSION = 1;

/** ADL's verb IRIs (the xAPI vocabulary, http://adlnet.gov/expapi/verbs/). */
export const VERBS = {
	answered: 'http://adlnet.gov/expapi/verbs/answered',
	completed: 'http://adlnet.gov/expapi/verbs/completed'
} as const;
export type Verb = keyof typeof VERBS;

/** ADL's activity type for a quiz or test. */
export const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';

export interface XapiResult {
	score: { raw: number; min: number; max: number; scaled: number };
	success: boolean;
	completion: boolean;
	/** The learner's answer to one question, as text (answered statements only). */
	response?: string;
}

/** An xAPI-shaped statement without an actor: the host knows who the learner is, the embed does not. */
export interface XapiStatement {
	verb: { id: string; display: { 'en-US': Verb } };
	object: {
		objectType: 'Activity';
		id: string;
		definition: { type: string; name: { 'en-US': string } };
	};
	result: XapiResult;
	context?: { extensions: Record<string, string | number> };
	timestamp: string;
}

export interface ResizeMessage {
	source: typeof SOURCE;
	version: typeof PROTOCOL_VERSION;
	type: 'resize';
	height: number;
}

export interface XapiMessage {
	source: typeof SOURCE;
	version: typeof PROTOCOL_VERSION;
	type: 'xapi';
	statement: XapiStatement;
}

export type EmbedMessage = ResizeMessage | XapiMessage;

export function resizeMessage(height: number): ResizeMessage {
	return { source: SOURCE, version: PROTOCOL_VERSION, type: 'resize', height };
}

export function xapiMessage(statement: XapiStatement): XapiMessage {
	return { source: SOURCE, version: PROTOCOL_VERSION, type: 'xapi', statement };
}

/** Canvas's iframe resize request (its LTI postMessage API). */
export function canvasResize(height: number) {
	return { subject: 'lti.frameResize', height } as const;
}

/** One message of H5P's resizer protocol (h5p-resizer.js). */
export function h5pMessage(action: 'hello' | 'prepareResize' | 'resize', extra: Record<string, number> = {}) {
	return { context: 'h5p', action, ...extra } as const;
}

/** The actions of H5P's resizer that an embed answers; anything else from a host is ignored. */
export type HostAction = 'h5p-ready' | 'h5p-hello' | 'h5p-resize-prepared' | 'h5p-resize';

const H5P_ACTIONS: Record<string, HostAction> = {
	ready: 'h5p-ready',
	hello: 'h5p-hello',
	resizePrepared: 'h5p-resize-prepared',
	resize: 'h5p-resize'
};

/**
 * What a message from the host asks for, or null for anything this embed does not know (junk,
 * other protocols, our own messages echoed back). Reads two own string properties and compares
 * them exactly; never evaluates or keeps anything from the message.
 */
export function readHostMessage(data: unknown): HostAction | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const own = (k: string) =>
		Object.prototype.hasOwnProperty.call(data, k) ? (data as Record<string, unknown>)[k] : undefined;
	const context = own('context');
	const action = own('action');
	if (context !== 'h5p' || typeof action !== 'string') return null;
	return Object.prototype.hasOwnProperty.call(H5P_ACTIONS, action) ? H5P_ACTIONS[action] : null;
}

/** Where a quiz lives, to name it in statements: the site's absolute base URL, the lesson, the variant. */
export interface QuizRef {
	/** Absolute URL of the site's root without a trailing slash, e.g. `https://example.org/course`. */
	site: string;
	slug: string;
	seed: number;
	/** How many questions were asked, when fewer than the whole quiz. */
	n?: number;
	/** The one question shown, when the embed shows a single question (a widget task). */
	question?: string;
	/** The quiz's name for the statement's definition. */
	title: string;
}

/** The quiz's canonical URL, with its seed: the xAPI object id. */
export function quizObjectId(ref: QuizRef): string {
	const q = [`seed=${ref.seed}`];
	if (ref.n !== undefined) q.push(`n=${ref.n}`);
	if (ref.question !== undefined) q.push(`question=${encodeURIComponent(ref.question)}`);
	return `${ref.site}/embed/quiz/${encodeURIComponent(ref.slug)}/?${q.join('&')}`;
}

/** The IRI of the context extension naming the question an `answered` statement is about. */
export const questionExtension = (site: string) => `${site}/xapi/question`;

function statement(
	verb: Verb,
	ref: QuizRef,
	result: XapiResult,
	now: Date,
	question?: string
): XapiStatement {
	return {
		verb: { id: VERBS[verb], display: { 'en-US': verb } },
		object: {
			objectType: 'Activity',
			id: quizObjectId(ref),
			definition: { type: ASSESSMENT, name: { 'en-US': ref.title } }
		},
		result,
		...(question === undefined
			? {}
			: { context: { extensions: { [questionExtension(ref.site)]: question } } }),
		timestamp: now.toISOString()
	};
}

/** One checked answer: score 1 of 1 when right, 0 of 1 when not. */
export function answeredStatement(
	ref: QuizRef,
	question: string,
	right: boolean,
	response: string,
	now = new Date()
): XapiStatement {
	const raw = right ? 1 : 0;
	return statement(
		'answered',
		ref,
		{ score: { raw, min: 0, max: 1, scaled: raw }, success: right, completion: true, response },
		now,
		question
	);
}

/** The whole quiz checked with every question answered: `right` of `total`, passed at the course's 80%. */
export function completedStatement(
	ref: QuizRef,
	right: number,
	total: number,
	now = new Date()
): XapiStatement {
	return statement(
		'completed',
		ref,
		{
			score: { raw: right, min: 0, max: total, scaled: total > 0 ? right / total : 0 },
			success: passed(right, total),
			completion: true
		},
		now
	);
}
