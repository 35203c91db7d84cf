import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, withWorkerFiles } from './offline-worker-files.js';

describe('offline worker files', () => {
	it('lists every file under the workers folder, relative, sorted', () => {
		const root = mkdtempSync(join(tmpdir(), 'owf-'));
		const dir = join(root, '_app', 'immutable', 'workers');
		mkdirSync(join(dir, 'assets'), { recursive: true });
		writeFileSync(join(dir, 'worker-a.js'), '');
		writeFileSync(join(dir, 'assets', 'x.wasm'), '');
		expect(filesUnder(root, dir)).toEqual([
			'_app/immutable/workers/assets/x.wasm',
			'_app/immutable/workers/worker-a.js'
		]);
		expect(filesUnder(root, join(root, 'absent'))).toEqual([]);
	});
	it('adds one manifest entry naming them all, and nothing when there are none', () => {
		const m = { 'src/a.ts': { file: 'a.js' } };
		expect(withWorkerFiles(m, [])).toBe(m);
		const out = withWorkerFiles(m, ['w/1.wasm', 'w/2.js']);
		expect(out['src/a.ts']).toEqual({ file: 'a.js' });
		expect(out['offline:lab-worker-files']).toEqual({ file: 'w/1.wasm', assets: ['w/2.js'] });
	});
});
