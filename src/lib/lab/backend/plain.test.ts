import { describe, expect, it } from 'vitest';
import { engineName, plainBackend } from './plain';
import type { BackendInfo } from './index';

type Case = [string, Pick<BackendInfo, 'name' | 'threads' | 'why' | 'fallback'>, string, string];

// what the detection reports → the plain line, in English and in Indonesian
const CASES: Case[] = [
	[
		'automatic, no GPU, one thread',
		{ name: 'fast-cpu', threads: 1, why: 'no-gpu' },
		'Fast CPU, one thread: no GPU found',
		'CPU cepat, satu thread: GPU tidak ditemukan'
	],
	[
		'automatic, no GPU, two threads',
		{ name: 'fast-cpu', threads: 2, why: 'no-gpu' },
		'Fast CPU, 2 threads: no GPU found',
		'CPU cepat, 2 thread: GPU tidak ditemukan'
	],
	['automatic, a GPU', { name: 'webgl', threads: 1, why: 'gpu' }, 'GPU (WebGL)', 'GPU (WebGL)'],
	[
		'chosen: fast CPU, two threads',
		{ name: 'fast-cpu', threads: 2, why: 'chosen' },
		'Fast CPU, 2 threads',
		'CPU cepat, 2 thread'
	],
	['chosen: the plain CPU', { name: 'cpu', threads: 1, why: 'chosen' }, 'Basic CPU', 'CPU dasar'],
	[
		'chosen: WebGL that is software',
		{ name: 'webgl', why: 'chosen-software-gl' },
		'GPU (WebGL): software only, slow',
		'GPU (WebGL): hanya perangkat lunak, lambat'
	],
	[
		'the wasm files did not load',
		{ name: 'cpu', threads: 1, why: 'fallback', fallback: { wanted: 'fast-cpu', error: 'x' } },
		'Basic CPU, instead of Fast CPU',
		'CPU dasar, pengganti CPU cepat'
	],
	[
		'the GPU did not start',
		{ name: 'fast-cpu', threads: 4, why: 'fallback', fallback: { wanted: 'webgl', error: 'x' } },
		'Fast CPU, 4 threads, instead of GPU (WebGL)',
		'CPU cepat, 4 thread, pengganti GPU (WebGL)'
	],
	[
		'the GPU was lost',
		{ name: 'fast-cpu', threads: 1, why: 'lost' },
		'Fast CPU, one thread: the GPU was lost',
		'CPU cepat, satu thread: GPU terputus'
	],
	['no reason given (an older worker)', { name: 'fast-cpu' }, 'Fast CPU', 'CPU cepat']
];

describe('the backend line in plain words', () => {
	it.each(CASES)('%s', (_, info, en, id) => {
		expect(plainBackend(info, 'en')).toBe(en);
		expect(plainBackend(info, 'id')).toBe(id);
	});

	it('names only the fast CPU’s threads, one or several, and nothing when not known', () => {
		expect(engineName('fast-cpu', 1, 'en')).toBe('Fast CPU, one thread');
		expect(engineName('fast-cpu', 1, 'id')).toBe('CPU cepat, satu thread');
		expect(engineName('fast-cpu', undefined, 'en')).toBe('Fast CPU');
		expect(engineName('webgl', 3, 'en')).toBe('GPU (WebGL)');
		expect(engineName('cpu', 8, 'id')).toBe('CPU dasar');
		expect(engineName('mystery', 1, 'en')).toBe('mystery');
	});
});
