// Reading a .zip one entry at a time. The central directory at the archive's end lists every
// entry (name, sizes, where its data sits); each entry is then sliced out of the Blob and
// inflated on its own, so only one file is ever held in memory, however large the archive.
// The limits below refuse zip bombs (declared or real sizes), archives of too many entries and
// entry names that climb out of the archive (`../`, absolute paths).
import { Inflate } from 'fflate';

export interface ZipLimits {
	/** Largest archive file. */
	maxArchiveBytes: number;
	/** Most entries (files and folders). */
	maxEntries: number;
	/** Largest single entry, uncompressed. */
	maxEntryBytes: number;
	/** Largest total of all entries, uncompressed. */
	maxTotalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
	maxArchiveBytes: 2 * 1024 ** 3,
	maxEntries: 20_000,
	maxEntryBytes: 60 * 1024 ** 2,
	maxTotalBytes: 1024 ** 3
};

export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	/** Offset of the entry's local header. */
	offset: number;
	encrypted: boolean;
}

export type ZipProblem =
	| { kind: 'not-zip' }
	| { kind: 'too-big' }
	| { kind: 'too-many'; count: number }
	| { kind: 'expands-too-much'; bytes: number }
	| { kind: 'unsafe-name'; entry: string };

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
	(b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

async function bytes(blob: Blob, start: number, end: number): Promise<Uint8Array> {
	return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

/** A name that would land outside the archive's folder if written out. */
export function unsafeName(name: string): boolean {
	const n = name.replace(/\\/g, '/');
	return (
		n.startsWith('/') ||
		/^[a-zA-Z]:/.test(n) ||
		n.split('/').some((part) => part === '..') ||
		n.includes('\0')
	);
}

/** The archive's entries from its central directory, checked against the limits. */
export async function readZipDirectory(
	blob: Blob,
	limits: ZipLimits = ZIP_LIMITS
): Promise<{ ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem }> {
	if (blob.size > limits.maxArchiveBytes) return { ok: false, problem: { kind: 'too-big' } };
	const tailStart = Math.max(0, blob.size - (22 + 0xffff));
	const tail = await bytes(blob, tailStart, blob.size);
	let eocd = -1;
	for (let i = tail.length - 22; i >= 0; i--)
		if (u32(tail, i) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) return { ok: false, problem: { kind: 'not-zip' } };
	const count = u16(tail, eocd + 10);
	const cdSize = u32(tail, eocd + 12);
	const cdOffset = u32(tail, eocd + 16);
	// ZIP64 archives (over 65,535 entries or 4 GB) mark these fields as 0xFFFF…; both limits are lower
	if (count === 0xffff || cdOffset === 0xffffffff) return { ok: false, problem: { kind: 'too-many', count } };
	if (count > limits.maxEntries) return { ok: false, problem: { kind: 'too-many', count } };
	if (cdOffset + cdSize > blob.size) return { ok: false, problem: { kind: 'not-zip' } };
	const cd = await bytes(blob, cdOffset, cdOffset + cdSize);
	const entries: ZipEntry[] = [];
	const decoder = new TextDecoder();
	let total = 0;
	for (let p = 0, k = 0; k < count; k++) {
		if (p + 46 > cd.length || u32(cd, p) !== 0x02014b50) return { ok: false, problem: { kind: 'not-zip' } };
		const nameLen = u16(cd, p + 28);
		const name = decoder.decode(cd.subarray(p + 46, p + 46 + nameLen));
		const e: ZipEntry = {
			name,
			method: u16(cd, p + 10),
			compressedSize: u32(cd, p + 20),
			size: u32(cd, p + 24),
			offset: u32(cd, p + 42),
			encrypted: (u16(cd, p + 8) & 1) === 1
		};
		if (unsafeName(name)) return { ok: false, problem: { kind: 'unsafe-name', entry: name } };
		total += e.size;
		if (total > limits.maxTotalBytes)
			return { ok: false, problem: { kind: 'expands-too-much', bytes: total } };
		entries.push(e);
		p += 46 + nameLen + u16(cd, p + 30) + u16(cd, p + 32);
	}
	return { ok: true, entries };
}

/**
 * One entry's contents, or null when it cannot be read: an unknown method, encryption, bad data,
 * or more bytes than it declares (a forged size) or than maxEntryBytes.
 */
export async function readZipEntry(
	blob: Blob,
	e: ZipEntry,
	limits: ZipLimits = ZIP_LIMITS
): Promise<Uint8Array | null> {
	if (e.encrypted || e.size > limits.maxEntryBytes || (e.method !== 0 && e.method !== 8)) return null;
	const head = await bytes(blob, e.offset, e.offset + 30);
	if (head.length < 30 || u32(head, 0) !== 0x04034b50) return null;
	const start = e.offset + 30 + u16(head, 26) + u16(head, 28);
	const data = await bytes(blob, start, start + e.compressedSize);
	if (data.length !== e.compressedSize) return null;
	if (e.method === 0) return data.length === e.size ? data : null;
	const out = new Uint8Array(e.size);
	let at = 0,
		over = false;
	try {
		const inflate = new Inflate((chunk) => {
			if (over || at + chunk.length > e.size) {
				over = true;
				return;
			}
			out.set(chunk, at);
			at += chunk.length;
		});
		// in slices, so a forged size is caught after at most one slice's output
		for (let i = 0; i < data.length; i += 16 * 1024) {
			inflate.push(data.subarray(i, i + 16 * 1024), i + 16 * 1024 >= data.length);
			if (over) return null;
		}
		if (data.length === 0) inflate.push(data, true);
	} catch {
		return null;
	}
	return at === e.size ? out : null;
}
