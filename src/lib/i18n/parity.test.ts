import { describe, expect, it } from 'vitest';
import { en as enAll } from './en';
import { id as idAll } from './id';
import { LOCALES } from './locale';

const catalogues = { en: enAll as Record<string, string>, id: idAll as Record<string, string> };

// Every language's catalogue has the same keys as English, area by area, and each string uses
// the same placeholders, so no page can show a key, an English fallback or an unfilled "{n}".
const en = import.meta.glob<Record<string, Record<string, string>>>('./en/*.ts', { eager: true });
const id = import.meta.glob<Record<string, Record<string, string>>>('./id/*.ts', { eager: true });
const byLang = { en, id } as const;

function keysOf(mods: Record<string, Record<string, Record<string, string>>>, dir: string) {
	const out = new Map<string, Set<string>>();
	for (const [file, mod] of Object.entries(mods)) {
		if (file.endsWith('/index.ts')) continue;
		const keys = new Set<string>();
		for (const table of Object.values(mod)) for (const key of Object.keys(table)) keys.add(key);
		out.set(file.replace(`./${dir}/`, ''), keys);
	}
	return out;
}

/** `{name}` placeholders and plural variables, ignoring what is inside plural branches. */
function placeholders(s: string): string[] {
	const names = new Set<string>();
	// A plural form's own text (`one {row}`) is not a placeholder.
	for (const m of s.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s*)\{(\w+)(?:\}|\s*,\s*plural\s*,)/g))
		names.add(m[1]);
	return [...names].sort();
}

describe('catalogue parity', () => {
	const english = keysOf(en, 'en');
	for (const lang of LOCALES.filter((l) => l !== 'en')) {
		it(`${lang}: the same area files and the same keys in each`, () => {
			const other = keysOf(byLang[lang], lang);
			expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
			for (const [file, keys] of english) {
				const theirs = other.get(file) ?? new Set();
				expect(
					[...keys].filter((k) => !theirs.has(k)),
					`missing in ${lang}/${file}`
				).toEqual([]);
				expect(
					[...theirs].filter((k) => !keys.has(k)),
					`only in ${lang}/${file}`
				).toEqual([]);
			}
		});
		it(`${lang}: every string fills the same placeholders and is not left empty`, () => {
			const problems: string[] = [];
			for (const [key, value] of Object.entries(catalogues.en)) {
				const theirs = catalogues[lang][key];
				if (typeof theirs !== 'string' || theirs.trim() === '') problems.push(`${key}: empty`);
				else if (placeholders(theirs).join() !== placeholders(value).join())
					problems.push(`${key}: ${placeholders(value).join()} vs ${placeholders(theirs).join()}`);
			}
			expect(problems).toEqual([]);
		});
	}
	it('the parity check itself notices a missing key and a changed placeholder', () => {
		expect(placeholders('{a} of {n, plural, one {# x} other {# xs}}')).toEqual(['a', 'n']);
		expect(placeholders('Lesson {n}')).not.toEqual(placeholders('Pelajaran {m}'));
	});
});
