import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decodeSuspend,
	encodeSuspend,
	findApi,
	MAX_PARENTS,
	ScormSession,
	scoreValues,
	sessionTime,
	SUSPEND_MAX,
	type ApiWindow,
	type Scorm12Api
} from './scorm';

/** A stub LMS API that records every call, as the package's browser test does. */
function stubApi(store: Record<string, string> = {}) {
	const calls: string[] = [];
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
		LMSFinish: () => (calls.push('LMSFinish'), 'true'),
		LMSGetValue: (k) => (calls.push(`get ${k}`), store[k] ?? ''),
		LMSSetValue: (k, v) => (calls.push(`set ${k}=${v}`), (store[k] = v), 'true'),
		LMSCommit: () => (calls.push('LMSCommit'), 'true'),
		LMSGetLastError: () => '0',
		LMSGetErrorString: () => '',
		LMSGetDiagnostic: () => ''
	};
	return { api, calls, store };
}

/** A chain of windows: top (index 0) … the content (last). */
function chain(depth: number, apiAt: number | null, api: Scorm12Api) {
	const wins: Record<string, unknown>[] = [];
	for (let i = 0; i < depth; i++) {
		const w: Record<string, unknown> = {};
		w.parent = i === 0 ? w : wins[i - 1];
		if (i === apiAt) w.API = api;
		wins.push(w);
	}
	return wins as unknown as ApiWindow[];
}

describe('findApi (SCORM 1.2 RTE API discovery)', () => {
	const { api } = stubApi();
	it('finds API on the window itself or up to 7 parents above it, not further', () => {
		for (let depth = 1; depth <= 12; depth++)
			for (let at = 0; at < depth; at++) {
				const wins = chain(depth, at, api);
				const up = depth - 1 - at;
				expect(findApi(wins[depth - 1]), `depth ${depth}, API ${up} up`).toBe(up <= MAX_PARENTS ? api : null);
			}
	});
	it('then looks from the opener (a course opened in a new window)', () => {
		const lms = chain(2, 0, api);
		const popup = { parent: null, opener: lms[1] } as unknown as ApiWindow;
		(popup as unknown as { parent: unknown }).parent = popup;
		expect(findApi(popup)).toBe(api);
	});
	it('skips windows on another origin (reading them throws) and objects that are not an API', () => {
		const top: Record<string, unknown> = { API: api };
		top.parent = top;
		const foreign = {
			parent: top,
			get API(): unknown {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		};
		const fake = { parent: foreign, API: { LMSInitialize: 'not a function' } };
		const content = { parent: fake };
		expect(findApi(content as unknown as ApiWindow)).toBe(api);
		const lonely: Record<string, unknown> = {};
		lonely.parent = lonely;
		expect(findApi(lonely as unknown as ApiWindow)).toBeNull();
	});
});

describe('suspend data', () => {
	it('round-trips an attempt and never exceeds 4096 characters', () => {
		const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
		const answer = fc.oneof(
			fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }),
			fc.string({ maxLength: 200 })
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 999_999 }),
				fc.dictionary(id, answer, { maxKeys: 60 }),
				(seed, responses) => {
					const text = encodeSuspend({ seed, responses });
					expect(text.length).toBeLessThanOrEqual(SUSPEND_MAX);
					const back = decodeSuspend(text)!;
					expect(back.seed).toBe(seed);
					// What was kept is exactly what was given, for a prefix of the answers.
					for (const [k, v] of Object.entries(back.responses)) expect(responses[k]).toEqual(v);
					if (JSON.stringify(responses).length < 3000) expect(back.responses).toEqual(responses);
				}
			)
		);
	});
	it('keeps an id named like a prototype key as data, never as the prototype', () => {
		for (const id of ['__proto__', 'constructor', 'prototype']) {
			const back = decodeSuspend(`{"v":1,"s":3,"r":{"${id}":[1,2]}}`)!;
			expect(Object.getPrototypeOf(back.responses)).toBe(Object.prototype);
			expect(Object.hasOwn(back.responses, id)).toBe(true);
			expect(back.responses[id]).toEqual([1, 2]);
			expect(decodeSuspend(encodeSuspend(back))).toEqual(back);
		}
	});
	it('refuses damaged or foreign data instead of trusting it', () => {
		for (const bad of [
			'',
			'x',
			'{',
			'null',
			'[]',
			'{"v":2,"s":1,"r":{}}',
			'{"v":1,"s":-1,"r":{}}',
			'{"v":1,"s":1.5,"r":{}}',
			'{"v":1,"s":1,"r":[]}',
			'a'.repeat(5000)
		])
			expect(decodeSuspend(bad), bad.slice(0, 30)).toBeNull();
		expect(decodeSuspend('{"v":1,"s":2,"r":{"ok":[1],"bad id!":[0],"big":[1,99],"t":"0,5","n":{}}}')).toEqual(
			{
				seed: 2,
				responses: { ok: [1], t: '0,5' }
			}
		);
	});
});

describe('reported values', () => {
	it('score as a percentage 0–100 and passed/failed at 80%', () => {
		expect(scoreValues(4, 5)).toEqual({
			'cmi.core.score.raw': '80',
			'cmi.core.score.min': '0',
			'cmi.core.score.max': '100',
			'cmi.core.lesson_status': 'passed'
		});
		expect(scoreValues(2, 3)['cmi.core.score.raw']).toBe('66.67');
		expect(scoreValues(2, 3)['cmi.core.lesson_status']).toBe('failed');
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (total, r) => {
				const right = Math.min(r, total);
				const v = scoreValues(right, total);
				// rounded to 2 decimals: off by at most half a hundredth (plus float noise, e.g. 57/96 → 59.38)
				expect(Math.abs(Number(v['cmi.core.score.raw']) - (100 * right) / total)).toBeLessThanOrEqual(
					0.005 + 1e-9
				);
				expect(v['cmi.core.lesson_status']).toBe(right * 5 >= total * 4 ? 'passed' : 'failed');
			})
		);
	});
	it('session time as CMITimespan', () => {
		expect(sessionTime(0)).toBe('0000:00:00.00');
		expect(sessionTime(3_723_450)).toBe('0001:02:03.45');
	});
});

describe('ScormSession', () => {
	it('initialises, marks a new attempt incomplete, reports each check and commits, finishes once', () => {
		const { api, calls, store } = stubApi({ 'cmi.core.lesson_status': 'not attempted' });
		const s = new ScormSession(api, 0);
		expect(calls.slice(0, 4)).toEqual([
			'LMSInitialize',
			'get cmi.core.lesson_status',
			'set cmi.core.lesson_status=incomplete',
			'LMSCommit'
		]);
		expect(s.resumed).toBeNull();
		s.report(3, 5, { seed: 4, responses: { a: [1] } });
		expect(store['cmi.core.lesson_status']).toBe('failed');
		expect(store['cmi.core.score.raw']).toBe('60');
		expect(store['cmi.suspend_data']).toBe('{"v":1,"s":4,"r":{"a":[1]}}');
		expect(calls.at(-1)).toBe('LMSCommit');
		s.report(5, 5, { seed: 4, responses: {} });
		expect(store['cmi.core.lesson_status']).toBe('passed');
		s.finish(90_000);
		s.finish(99_000);
		expect(store['cmi.core.session_time']).toBe('0000:01:30.00');
		expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
		expect(calls.at(-1)).toBe('LMSFinish');
	});
	it('resumes the attempt the LMS kept', () => {
		const { api } = stubApi({
			'cmi.core.lesson_status': 'incomplete',
			'cmi.suspend_data': '{"v":1,"s":7,"r":{"q":"12"}}'
		});
		expect(new ScormSession(api).resumed).toEqual({ seed: 7, responses: { q: '12' } });
	});
});
