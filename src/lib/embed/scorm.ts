// SCORM 1.2 run-time for the quiz packages (scripts/scorm.js builds them). Plain TypeScript:
// finding the LMS's API object, the values reported and the suspend data are tested on their own.
//
// SCORM 1.2 RTE, section 3.3: the content finds the object called `API` by walking up
// window.parent, then from window.opener, and calls LMSInitialize("") first, LMSFinish("") last.
import { passed } from '$lib/progress/schema';

/** The SCORM 1.2 API object an LMS puts on one of the content's ancestor windows. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** The window links the search follows (a real window, or a fake in tests). */
export interface ApiWindow {
	readonly parent: ApiWindow | null;
	readonly opener?: ApiWindow | null;
}

/** ADL's sample code gives up after 7 parents; a frame nested deeper than that is not looked at. */
export const MAX_PARENTS = 7;

const METHODS = [
	'LMSInitialize',
	'LMSFinish',
	'LMSGetValue',
	'LMSSetValue',
	'LMSCommit',
	'LMSGetLastError'
] as const;

/** `win.API` if it is a SCORM 1.2 API; null if absent, not one, or on another origin (unreadable). */
function apiOn(win: ApiWindow): Scorm12Api | null {
	try {
		const api = (win as { API?: unknown }).API;
		if (typeof api !== 'object' || api === null) return null;
		return METHODS.every((m) => typeof (api as Record<string, unknown>)[m] === 'function')
			? (api as Scorm12Api)
			: null;
	} catch {
		return null; // a window on another origin: reading its properties throws
	}
}

function parentOf(win: ApiWindow): ApiWindow | null {
	try {
		const p = win.parent;
		return p && p !== win ? p : null;
	} catch {
		return null;
	}
}

/** ADL's findAPI: this window, then up to MAX_PARENTS parents. */
function findFrom(win: ApiWindow): Scorm12Api | null {
	let w: ApiWindow | null = win;
	for (let tries = 0; w && tries <= MAX_PARENTS; tries++) {
		const api = apiOn(w);
		if (api) return api;
		w = parentOf(w);
	}
	return null;
}

/** ADL's getAPI: search from the window, then from its opener (a course opened in a new window). */
export function findApi(win: ApiWindow): Scorm12Api | null {
	const found = findFrom(win);
	if (found) return found;
	let opener: ApiWindow | null | undefined = null;
	try {
		opener = win.opener;
	} catch {
		opener = null;
	}
	return opener ? findFrom(opener) : null;
}

// ---- suspend data -----------------------------------------------------------------------

/** SCORM 1.2's cmi.suspend_data is a CMIString4096. */
export const SUSPEND_MAX = 4096;

/** What a learner's attempt needs to come back: the variant and the answers typed or picked. */
export interface Suspended {
	seed: number;
	/** Per question id: chosen choice indices, or the typed text. */
	responses: Record<string, number[] | string>;
}

/** The attempt as at most SUSPEND_MAX characters; answers that do not fit are left out (last first). */
export function encodeSuspend(s: Suspended): string {
	const entries = Object.entries(s.responses);
	for (let keep = entries.length; keep >= 0; keep--) {
		const text = JSON.stringify({ v: 1, s: s.seed, r: Object.fromEntries(entries.slice(0, keep)) });
		if (text.length <= SUSPEND_MAX) return text;
	}
	return JSON.stringify({ v: 1, s: 0, r: {} }); // only an absurd seed gets here
}

const ID = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * Read suspend data back; null when it is empty, not ours or damaged (then the quiz starts fresh).
 * Parsed as JSON and checked field by field: nothing from the LMS is evaluated.
 */
export function decodeSuspend(text: string): Suspended | null {
	if (!text || text.length > SUSPEND_MAX) return null;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
	const o = raw as Record<string, unknown>;
	if (o.v !== 1 || typeof o.s !== 'number' || !Number.isInteger(o.s) || o.s < 0 || o.s > 999_999) return null;
	if (typeof o.r !== 'object' || o.r === null || Array.isArray(o.r)) return null;
	const kept: [string, number[] | string][] = [];
	for (const [id, v] of Object.entries(o.r as Record<string, unknown>)) {
		if (!ID.test(id)) continue;
		if (typeof v === 'string' && v.length <= 200) kept.push([id, v]);
		else if (Array.isArray(v) && v.length <= 50 && v.every((i) => Number.isInteger(i) && i >= 0 && i < 50))
			kept.push([id, v as number[]]);
	}
	// fromEntries defines own keys: an id such as "__proto__" stays data and never swaps the prototype.
	return { seed: o.s, responses: Object.fromEntries(kept) };
}

// ---- the values reported --------------------------------------------------------------

/** Score as a percentage (0–100): Moodle's default maximum grade is 100 and it reads score.raw as the grade. */
export function scoreValues(right: number, total: number): Record<string, string> {
	const pct = total > 0 ? Math.round((10000 * right) / total) / 100 : 0;
	return {
		'cmi.core.score.raw': String(pct),
		'cmi.core.score.min': '0',
		'cmi.core.score.max': '100',
		'cmi.core.lesson_status': passed(right, total) ? 'passed' : 'failed'
	};
}

/** CMITimespan, HHHH:MM:SS.SS. */
export function sessionTime(ms: number): string {
	const s = Math.max(0, ms) / 1000;
	const h = Math.min(9999, Math.floor(s / 3600));
	const m = Math.floor((s % 3600) / 60);
	const sec = (s % 60).toFixed(2).padStart(5, '0');
	return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${sec}`;
}

/** One launch of the quiz inside an LMS: initialise, report each check, finish. */
export class ScormSession {
	private readonly api: Scorm12Api;
	private readonly started: number;
	private finished = false;
	/** The attempt the LMS kept from last time, if any. */
	readonly resumed: Suspended | null;

	constructor(api: Scorm12Api, now = Date.now()) {
		this.api = api;
		this.started = now;
		api.LMSInitialize('');
		const status = api.LMSGetValue('cmi.core.lesson_status');
		if (status === 'not attempted' || status === '') {
			api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
			api.LMSCommit('');
		}
		this.resumed = decodeSuspend(api.LMSGetValue('cmi.suspend_data'));
	}

	/** A check of the quiz: score, status and the attempt, committed at once. */
	report(right: number, total: number, attempt: Suspended) {
		if (this.finished) return;
		for (const [k, v] of Object.entries(scoreValues(right, total))) this.api.LMSSetValue(k, v);
		this.api.LMSSetValue('cmi.suspend_data', encodeSuspend(attempt));
		// Keep the suspend data for the next launch.
		this.api.LMSSetValue('cmi.core.exit', 'suspend');
		this.api.LMSCommit('');
	}

	/** The learner leaves: time spent, then LMSFinish (once). */
	finish(now = Date.now()) {
		if (this.finished) return;
		this.finished = true;
		this.api.LMSSetValue('cmi.core.session_time', sessionTime(now - this.started));
		this.api.LMSCommit('');
		this.api.LMSFinish('');
	}
}
