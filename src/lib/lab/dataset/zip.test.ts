import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { readZipDirectory, readZipEntry, unsafeName, ZIP_LIMITS, type ZipLimits } from './zip';
import { listInputs } from './decode';

const blobOf = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);

async function readAll(zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS) {
	const blob = blobOf(zip);
	const dir = await readZipDirectory(blob, limits);
	if (!dir.ok) return dir;
	const files: Record<string, Uint8Array | null> = {};
	for (const e of dir.entries) files[e.name] = await readZipEntry(blob, e, limits);
	return { ok: true as const, files };
}

describe('the streamed zip reader', () => {
	it('reads back what fflate wrote, stored or deflated, at any level', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(
					fc.stringMatching(/^[a-z]{1,6}(\/[a-z]{1,6}){0,2}\.png$/),
					fc.uint8Array({ maxLength: 3000 }),
					{ minKeys: 1, maxKeys: 6 }
				),
				fc.constantFrom(0, 1, 6, 9),
				async (files, level) => {
					const r = await readAll(zipSync(files, { level: level as 0 | 1 | 6 | 9 }));
					expect(r.ok).toBe(true);
					if (!r.ok) return;
					expect(Object.keys(r.files).sort()).toEqual(Object.keys(files).sort());
					for (const [k, v] of Object.entries(files)) expect(Array.from(r.files[k]!)).toEqual(Array.from(v));
				}
			),
			{ numRuns: 40, seed: 12 }
		);
	});

	it('refuses what is not a zip', async () => {
		expect(await readZipDirectory(blobOf(strToU8('PK no zip')))).toEqual({
			ok: false,
			problem: { kind: 'not-zip' }
		});
		expect(await readZipDirectory(new Blob([]))).toEqual({ ok: false, problem: { kind: 'not-zip' } });
	});

	it('refuses too many entries, before reading any', async () => {
		const files = Object.fromEntries(
			Array.from({ length: 30 }, (_, i) => [`ok/${i}.png`, new Uint8Array(1)])
		);
		const r = await readZipDirectory(blobOf(zipSync(files)), { ...ZIP_LIMITS, maxEntries: 29 });
		expect(r).toEqual({ ok: false, problem: { kind: 'too-many', count: 30 } });
		expect((await readZipDirectory(blobOf(zipSync(files)), { ...ZIP_LIMITS, maxEntries: 30 })).ok).toBe(true);
	});

	it('refuses an archive whose declared total is over the limit (a zip bomb)', async () => {
		const zeros = new Uint8Array(1_000_000); // deflates to about a kilobyte
		const zip = zipSync({ 'a/1.png': zeros, 'a/2.png': zeros }, { level: 9 });
		expect(zip.length).toBeLessThan(10_000);
		const r = await readZipDirectory(blobOf(zip), { ...ZIP_LIMITS, maxTotalBytes: 1_500_000 });
		expect(r).toEqual({ ok: false, problem: { kind: 'expands-too-much', bytes: 2_000_000 } });
	});

	it('stops inflating an entry that expands past what it declares (a forged size)', async () => {
		const zip = zipSync({ 'x.png': new Uint8Array(200_000) }, { level: 9 });
		// declare 1,000 bytes in both the local header and the central directory
		const view = new DataView(zip.buffer);
		for (let i = 0; i + 4 <= zip.length; i++) {
			const sig = view.getUint32(i, true);
			if (sig === 0x04034b50) view.setUint32(i + 22, 1000, true);
			if (sig === 0x02014b50) view.setUint32(i + 24, 1000, true);
		}
		const r = await readAll(zip);
		expect(r.ok && r.files['x.png']).toBeNull();
	});

	it('refuses an entry over the per-entry limit', async () => {
		const r = await readAll(zipSync({ 'x.png': new Uint8Array(5000) }), {
			...ZIP_LIMITS,
			maxEntryBytes: 4999
		});
		expect(r.ok && r.files['x.png']).toBeNull();
	});

	it('refuses names that leave the archive', async () => {
		for (const name of ['../evil.png', 'a/../../evil.png', '/etc/passwd', 'C:/x.png', 'a\\..\\b.png'])
			expect(unsafeName(name), name).toBe(true);
		for (const name of ['casting_data/train/def_front/a.png', 'a..b/c.png', '..a/b.png'])
			expect(unsafeName(name), name).toBe(false);
		const r = await readZipDirectory(
			blobOf(zipSync({ 'ok/a.png': new Uint8Array(1), '../def/b.png': new Uint8Array(1) }))
		);
		expect(r).toEqual({ ok: false, problem: { kind: 'unsafe-name', entry: '../def/b.png' } });
	});
});

describe('listInputs', () => {
	it('lists folder files and archive entries without reading them, and names refused archives', async () => {
		const zip = zipSync({
			'set/def_front/a.png': strToU8('A'),
			'set/ok_front/b.png': strToU8('B'),
			'set/': new Uint8Array(0)
		});
		const bomb = zipSync({ '../x.png': new Uint8Array(1) });
		const r = await listInputs([
			{ path: 'f/ok_front/c.png', blob: new Blob(['C']) },
			{ path: 'data.zip', blob: blobOf(zip) },
			{ path: 'bad.zip', blob: blobOf(bomb) }
		]);
		expect(r.files.map((f) => f.path)).toEqual([
			'f/ok_front/c.png',
			'set/def_front/a.png',
			'set/ok_front/b.png'
		]);
		expect(await Promise.all(r.files.map(async (f) => (await f.open())!.text()))).toEqual(['C', 'A', 'B']);
		expect(r.skipped).toEqual([{ name: 'bad.zip: ../x.png', reason: 'zip-unsafe-name' }]);
	});
});
