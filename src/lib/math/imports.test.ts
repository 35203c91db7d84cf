// Math knows nothing of the page: every module in src/lib/math imports only its neighbours,
// not even a type from the URL layer, the i18n strings or Svelte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'src/lib/math');
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('src/lib/math imports', () => {
	it('finds the math modules', () => expect(sources.length).toBeGreaterThan(10));

	it.each(sources)('%s imports only from src/lib/math', (file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const from = [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
		expect(from.filter((p) => !p.startsWith('./'))).toEqual([]);
	});
});
