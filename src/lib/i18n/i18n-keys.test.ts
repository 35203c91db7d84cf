import { describe, expect, it } from 'vitest';

// Each area's strings are spread into one catalogue: a key defined twice would silently lose one.
const modules = import.meta.glob<Record<string, Record<string, string>>>('./en/*.ts', { eager: true });

describe('interface strings', () => {
	it('no key is defined by two modules', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const [file, mod] of Object.entries(modules)) {
			if (file.endsWith('/index.ts')) continue;
			for (const table of Object.values(mod))
				for (const key of Object.keys(table)) {
					if (owner.has(key) && owner.get(key) !== file)
						clashes.push(`${key}: ${owner.get(key)} and ${file}`);
					owner.set(key, file);
				}
		}
		expect(clashes).toEqual([]);
	});
	it('every module is in the catalogue', async () => {
		const { en } = await import('./en');
		for (const [file, mod] of Object.entries(modules)) {
			if (file.endsWith('/index.ts')) continue;
			for (const table of Object.values(mod))
				for (const key of Object.keys(table)) expect(en, `${key} from ${file}`).toHaveProperty([key]);
		}
	});
});
