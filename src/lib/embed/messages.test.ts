import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	answeredStatement,
	canvasResize,
	completedStatement,
	h5pMessage,
	PROTOCOL_VERSION,
	quizObjectId,
	readHostMessage,
	resizeMessage,
	SOURCE,
	VERBS,
	xapiMessage,
	type QuizRef
} from './messages';

const ref: QuizRef = {
	site: 'https://example.org/course',
	slug: 'convolution',
	seed: 3,
	title: 'Convolution'
};
const now = new Date('2026-01-02T03:04:05.000Z');

describe('embed messages, protocol version 1', () => {
	it('resize and xapi messages carry source, version and type', () => {
		expect(resizeMessage(812)).toEqual({
			source: 'cnn-inspection-lab',
			version: 1,
			type: 'resize',
			height: 812
		});
		const s = completedStatement(ref, 4, 5, now);
		expect(xapiMessage(s)).toEqual({ source: SOURCE, version: PROTOCOL_VERSION, type: 'xapi', statement: s });
		expect(canvasResize(300)).toEqual({ subject: 'lti.frameResize', height: 300 });
		expect(h5pMessage('prepareResize', { scrollHeight: 5, clientHeight: 4 })).toEqual({
			context: 'h5p',
			action: 'prepareResize',
			scrollHeight: 5,
			clientHeight: 4
		});
	});

	it('the object id is the canonical quiz URL with its seed (and n or question when given)', () => {
		expect(quizObjectId(ref)).toBe('https://example.org/course/embed/quiz/convolution/?seed=3');
		expect(quizObjectId({ ...ref, n: 2 })).toBe(
			'https://example.org/course/embed/quiz/convolution/?seed=3&n=2'
		);
		expect(quizObjectId({ ...ref, question: 'set-output-size' })).toBe(
			'https://example.org/course/embed/quiz/convolution/?seed=3&question=set-output-size'
		);
	});

	it('answered statements: ADL verb, one point per question, the question named in an extension', () => {
		const right = answeredStatement(ref, 'patch-sum', true, '5', now);
		expect(right.verb).toEqual({
			id: 'http://adlnet.gov/expapi/verbs/answered',
			display: { 'en-US': 'answered' }
		});
		expect(right.object.id).toBe(quizObjectId(ref));
		expect(right.object.definition.type).toBe('http://adlnet.gov/expapi/activities/assessment');
		expect(right.result).toEqual({
			score: { raw: 1, min: 0, max: 1, scaled: 1 },
			success: true,
			completion: true,
			response: '5'
		});
		expect(right.context?.extensions['https://example.org/course/xapi/question']).toBe('patch-sum');
		expect(right.timestamp).toBe('2026-01-02T03:04:05.000Z');
		const wrong = answeredStatement(ref, 'patch-sum', false, '7', now);
		expect(wrong.result.score).toEqual({ raw: 0, min: 0, max: 1, scaled: 0 });
		expect(wrong.result.success).toBe(false);
		expect('actor' in wrong).toBe(false);
	});

	it('completed statements score right of total and pass at the course’s 80%', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (total, r) => {
				const right = Math.min(r, total);
				const s = completedStatement(ref, right, total, now);
				expect(s.verb.id).toBe(VERBS.completed);
				expect(s.result.score).toEqual({ raw: right, min: 0, max: total, scaled: right / total });
				// Independent of src/lib/progress: at least 80% right, counted in whole questions.
				expect(s.result.success).toBe(right * 5 >= total * 4);
				expect(s.result.completion).toBe(true);
			})
		);
		expect(completedStatement(ref, 4, 5, now).result.success).toBe(true);
		expect(completedStatement(ref, 3, 5, now).result.success).toBe(false);
	});

	it('host messages: only H5P resizer actions are understood, by exact match', () => {
		expect(readHostMessage({ context: 'h5p', action: 'hello' })).toBe('h5p-hello');
		expect(readHostMessage({ context: 'h5p', action: 'ready' })).toBe('h5p-ready');
		expect(readHostMessage({ context: 'h5p', action: 'resizePrepared' })).toBe('h5p-resize-prepared');
		expect(readHostMessage({ context: 'h5p', action: 'resize' })).toBe('h5p-resize');
		const junk: unknown[] = [
			null,
			undefined,
			42,
			'hello',
			'{"context":"h5p","action":"hello"}',
			[],
			['h5p', 'hello'],
			{},
			{ context: 'H5P', action: 'hello' },
			{ context: 'h5p', action: 'Hello' },
			{ context: 'h5p', action: 'toString' },
			{ context: 'h5p', action: '__proto__' },
			{ context: 'h5p', action: 'constructor' },
			{ context: 'h5p', action: { toString: () => 'hello' } },
			{ source: SOURCE, version: 1, type: 'resize', height: 1 },
			{ subject: 'lti.frameResize', height: 10 },
			Object.create({ context: 'h5p', action: 'hello' }) // inherited, not own
		];
		for (const j of junk) expect(readHostMessage(j), JSON.stringify(j)).toBeNull();
		fc.assert(
			fc.property(fc.anything(), (x) => {
				const r = readHostMessage(x);
				if (r !== null) expect(x).toMatchObject({ context: 'h5p' });
			})
		);
	});
});
