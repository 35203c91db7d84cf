// What the kernel pool does when its helpers fail: training always goes on, on this thread.
import { describe, expect, it } from 'vitest';
import { runJobSingle } from './kernel-jobs';
import { KernelPool, kernelPool, runPooled, setKernelPool } from './kernel-pool';
import { bits, firstDiff, Helpers, pool, shared, pool2x2 } from './kernel-pool-testing';

describe('the kernel pool never breaks training', () => {
	const g = pool2x2(2, 6, 3);
	const arrays = () => [shared(216, 1), shared(54, 2), shared(216, 3)];
	const expected = () => {
		const a = arrays();
		runJobSingle('maxPoolGrad', g, a);
		return bits(a[2]);
	};
	let r = 9;
	const random = () => (r = (Math.imul(r, 48271) + 11) >>> 0) / 2 ** 32;

	it('a helper that throws: the job is redone on this thread, and the pool stops', () => {
		// the failing helper runs first, as soon as the job is posted
		const helpers = new Helpers(['throw', 'ok'], () => 0);
		const p = pool(3, helpers);
		expect(p.ready).toBe(true);
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
		expect(p.off).toBe('helper-error');
		expect(helpers.spawned.every((h) => h.dead)).toBe(true);
		// later jobs run here, without posting
		const b = arrays();
		expect(p.run('maxPoolGrad', g, b)).toBe('single');
		expect(firstDiff([bits(b[2])], [expected()])).toBe(-1);
		expect(helpers.spawned.map((h) => h.jobs)).toEqual([1, 1]);
	});

	it('a helper that never finishes its chunk: the job is given up after the timeout, computed again into fresh arrays', () => {
		const helpers = new Helpers(['hang'], random);
		setKernelPool(pool(2, helpers, 500));
		const first = arrays();
		const out = runPooled('maxPoolGrad', g, first, arrays);
		expect(out).not.toBe(first);
		expect(firstDiff([bits(out[2])], [expected()])).toBe(-1);
		expect(helpers.clock).toBeGreaterThanOrEqual(500);
		expect(kernelPool()?.off).toBe('helper-timeout');
		expect(kernelPool()?.ready).toBe(false);
		// and from then on, on this thread
		const next = arrays();
		expect(runPooled('maxPoolGrad', g, next, arrays)).toBe(next);
		expect(firstDiff([bits(next[2])], [expected()])).toBe(-1);
		setKernelPool(null);
	});

	it('a helper that is never scheduled costs no waiting: the caller runs every chunk', () => {
		const helpers = new Helpers(['silent'], random);
		const p = pool(2, helpers, 500);
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('parallel');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
		expect(p.helperChunks).toBe(0);
		expect(p.ownChunks).toBe(6);
		expect(helpers.clock).toBe(0);
		expect(p.off).toBe(null);
	});

	it('helpers that never start: single-thread until the start timeout, then off', () => {
		const helpers = new Helpers(['no-start'], random);
		const p = new KernelPool({
			threads: 2,
			spawn: helpers.spawn,
			wait: helpers.wait,
			now: helpers.now,
			startMs: 100
		});
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
		expect(p.off).toBe(null);
		helpers.clock = 101;
		expect(p.ready).toBe(false);
		expect(p.off).toBe('start-timeout');
		expect(helpers.spawned[0].jobs).toBe(0);
	});

	it('helpers that cannot be created, or memory that is not shared: single-thread', () => {
		const p = new KernelPool({
			threads: 2,
			spawn: () => {
				throw new Error('blocked');
			}
		});
		expect(p.off).toBe('spawn-failed');
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);

		const helpers = new Helpers(['ok'], random);
		const q = pool(2, helpers);
		const plain = [new Float32Array(arrays()[0]), new Float32Array(arrays()[1]), new Float32Array(216)];
		expect(q.run('maxPoolGrad', g, plain)).toBe('single');
		expect(firstDiff([bits(plain[2])], [expected()])).toBe(-1);
		expect(helpers.spawned[0].jobs).toBe(0);
	});

	it('a pool of one thread has no helpers and runs everything here', () => {
		const helpers = new Helpers(['ok'], random);
		const p = pool(1, helpers);
		expect(helpers.spawned).toHaveLength(0);
		expect(p.ready).toBe(false);
		const a = arrays();
		expect(p.run('maxPoolGrad', g, a)).toBe('single');
		expect(firstDiff([bits(a[2])], [expected()])).toBe(-1);
	});
});
