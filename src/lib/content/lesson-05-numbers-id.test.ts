// Lesson 5 in Bahasa Indonesia: every worked number on the page is recomputed with src/lib/math
// and looked for in the Indonesian form the page writes (0,574 in prose, 0{,}574 in TeX): the
// confusion matrix of 312 parts, the covid test and its flip, the four-part ROC-AUC and average
// precision, precision at 57% and 2% defects, and the rare-defects counts. The widgets' props on the
// page must hold the same counts as the English page's (only class names are translated).
// (lesson-arithmetic-id.test.ts checks that each written-out equation holds; this checks that the
// numbers are the math's and the English page's.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { averagePrecision, confusionFromScores, flipConfusion, metricsFrom, rocAuc } from '$lib/math/metrics';
import { atPrevalence } from '$lib/math/prevalence';
import { generateScores, SCORE_SETS } from '$lib/math/scores';
import { params } from '$lib/widgets/confusion-matrix/params';

const read = (file: string) =>
	readFileSync(new URL(`../../../content/lessons/05-classification-metrics/${file}`, import.meta.url), 'utf8');
const flat = (s: string) => s.replace(/\s+/g, ' ');
const id = flat(read('index.id.md'));
const en = flat(read('index.md'));
const v = (m: { ok: true; value: number } | { ok: false }) => (m.ok ? m.value : NaN);
/** x to `d` decimals, the Indonesian way: in prose 0,574, in TeX 0{,}574. */
const prose = (x: number, d: number) => x.toFixed(d).replace('.', ',');
const tex = (x: number, d: number) => x.toFixed(d).replace('.', '{,}');

/** The `initial` props of each <Widget initial={{ … }} /> on a page, in order. */
function props(md: string, widget: string): Record<string, string | number>[] {
	return [...md.matchAll(new RegExp(`<${widget}(?: initial=\\{\\{([^}]*)\\}\\})? />`, 'g'))].map((m) =>
		Object.fromEntries(
			(m[1] ?? '')
				.split(',')
				.map((kv) => kv.split(':').map((s) => s.trim().replace(/^'|'$/g, '')))
				.filter((kv) => kv.length === 2)
				.map(([k, val]) => [k, /^[\d.]+$/.test(val) ? Number(val) : val])
		)
	);
}
const numeric = (p: Record<string, string | number>) =>
	Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'positive' && k !== 'negative'));

describe('lesson 5 in Indonesian: the worked numbers are the math’s and the English page’s', () => {
	it('props() reads the widgets’ initial state (the check is not vacuous)', () => {
		expect(props("<ConfusionMatrix initial={{ tp: 1, positive: 'covid' }} /> <ConfusionMatrix />", 'ConfusionMatrix')).toEqual([
			{ tp: 1, positive: 'covid' },
			{}
		]);
	});

	it('the widgets start where the English page’s do (class names aside)', () => {
		for (const w of ['ConfusionMatrix', 'ThresholdExplorer', 'Prevalence']) {
			expect(props(id, w).length, w).toBeGreaterThan(0);
			expect(props(id, w).map(numeric), w).toEqual(props(en, w).map(numeric));
		}
		// the covid matrix names its classes in Indonesian; the names the prose uses
		const covid = props(id, 'ConfusionMatrix')[1];
		expect([covid.positive, covid.negative]).toEqual(['covid', 'sehat']);
		expect(id).toContain('Sekarang "sehat" menjadi kelas positif');
	});

	const c = { tp: 93, fp: 75, fn: 58, tn: 86 };
	it('the 312 parts: the four counts as listed, and the widget’s default is that matrix', () => {
		expect(c.tp + c.fp + c.fn + c.tn).toBe(312);
		expect(id).toContain('memeriksa 312 komponen');
		expect(id).toContain(`diprediksi 0, sebenarnya 0: **${c.tn}** (TN)`);
		expect(id).toContain(`diprediksi 0, sebenarnya 1: **${c.fn}** (FN)`);
		expect(id).toContain(`diprediksi 1, sebenarnya 0: **${c.fp}** (FP)`);
		expect(id).toContain(`diprediksi 1, sebenarnya 1: **${c.tp}** (TP)`);
		expect(id).toContain(`(TP = ${c.tp}, FP = ${c.fp}, FN = ${c.fn}, TN = ${c.tn}, total 312)`);
		expect([params.tp.default, params.fp.default, params.fn.default, params.tn.default]).toEqual([
			c.tp,
			c.fp,
			c.fn,
			c.tn
		]);
	});

	it('accuracy, recall, precision, specificity and F1 of the 312 parts', () => {
		const m = metricsFrom(c);
		for (const [name, frac] of [
			['accuracy', '\\frac{179}{312}'],
			['recall', '\\frac{93}{151}'],
			['precision', '\\frac{93}{168}'],
			['specificity', '\\frac{86}{161}']
		] as const)
			expect(id).toContain(`${frac} \\approx ${tex(v(m[name]), 3)}`);
		expect(id).toContain(`\\frac{186}{186 + 75 + 58} \\approx ${tex(v(m.f1), 3)}`);
		// F1 written both ways is one number
		const p = v(m.precision),
			r = v(m.recall);
		expect((2 * p * r) / (p + r)).toBeCloseTo(v(m.f1), 12);
	});

	it('the covid test: 97% accuracy, half the sick missed, the lazy model, and the flip', () => {
		const covid = { tp: 1, fp: 2, fn: 1, tn: 96 };
		expect(props(id, 'ConfusionMatrix')[1]).toMatchObject(covid);
		expect(id).toContain('menguji 100 pasien: 98 orang tidak terkena covid, 2 orang positif covid');
		expect(id).toContain(`TN = ${covid.tn}, FN = ${covid.fn}, FP = ${covid.fp}, TP = ${covid.tp}`);
		const m = metricsFrom(covid);
		expect(id).toContain(`akurasi $= (1 + 96)/100 = ${tex(v(m.accuracy), 2)}$`);
		expect(id).toContain(`recall $= 1/(1 + 1) = ${tex(v(m.recall), 1)}$`);
		expect(id).toContain(`precision $= 1/(1 + 2) \\approx ${tex(v(m.precision), 2)}$`);
		const lazy = metricsFrom({ tp: 0, fp: 0, fn: 2, tn: 98 });
		expect(id).toContain(`TN = 98, FN = 2, dan akurasi ${prose(v(lazy.accuracy), 2)}`);
		expect(v(lazy.recall)).toBe(0);
		expect(lazy.precision.ok).toBe(false);
		expect(id).toContain('(precision tidak terdefinisi)');
		const flipped = metricsFrom(flipConfusion(covid));
		expect(v(flipped.accuracy)).toBe(v(m.accuracy));
		expect(v(flipped.recall)).toBe(96 / 98);
		expect(v(flipped.precision)).toBe(96 / 97);
		expect(id).toContain(`Akurasi tetap ${prose(v(flipped.accuracy), 2)}, tetapi recall menjadi 96/98 dan precision 96/97`);
	});

	it('the four-part ROC-AUC and average precision', () => {
		const s = [0.9, 0.8, 0.8, 0.3],
			y = [1, 0, 1, 0];
		expect(id).toContain(`| skor | ${s.map((x) => prose(x, 1)).join(' | ')} |`);
		expect(id).toContain('| sebenarnya | cacat | OK | cacat | OK |');
		expect(v(rocAuc(s, y))).toBe(3.5 / 4);
		expect(id).toContain(`AUC $= 3{,}5/4 = ${tex(v(rocAuc(s, y)), 3)}$`);
		expect(id).toContain(`\\approx ${tex(v(averagePrecision(s, y)), 3)}$`);
	});

	it('“Coba ini”: at 0,2 recall reaches 1 and FP fills up; at 0,8 precision rises and FN fills up', () => {
		const set = generateScores(SCORE_SETS.castings);
		const at = (t: number) => confusionFromScores(set.scores, set.labels, t);
		const [low, mid, high] = [at(0.2), at(0.5), at(0.8)];
		expect(v(metricsFrom(low).recall)).toBe(1);
		expect(low.fp).toBeGreaterThan(mid.fp);
		expect(v(metricsFrom(high).precision)).toBeGreaterThan(v(metricsFrom(mid).precision));
		expect(high.fn).toBeGreaterThan(mid.fn);
		expect(id).toContain('turunkan threshold ke 0,2. Recall mencapai 1, dan sel FP terisi penuh.');
		expect(id).toContain('0,8: precision naik dan sel FN terisi.');
	});

	it('the rare-defects set: 114 OK parts, 6 defects', () => {
		const rare = generateScores(SCORE_SETS['rare-defects']);
		const ok = rare.labels.filter((l) => l === 0).length;
		const def = rare.labels.filter((l) => l === 1).length;
		expect(id).toContain(`${ok} komponen OK menyumbang banyak alarm palsu sementara cacatnya hanya ${def}`);
	});

	it('precision at 57% and at 2% defects, with recall 0,9 and specificity 0,95 (Bayes’ rule)', () => {
		const [recall, spec] = [0.9, 0.95];
		expect(id).toContain(`recall ${prose(recall, 1)} dan spesifisitas ${prose(spec, 2)}`);
		const data = atPrevalence(recall, spec, 0.57).precision!;
		const line = atPrevalence(recall, spec, 0.02).precision!;
		// independently: per 1,000 parts, 18 defects caught and 49 false alarms on the line
		expect(1000 * 0.02 * recall).toBeCloseTo(18, 9);
		expect(1000 * 0.98 * (1 - spec)).toBeCloseTo(49, 9);
		expect(line).toBeCloseTo(18 / 67, 12);
		expect(id).toContain('berisi 57% komponen cacat; lini produksi yang baik mungkin hanya 2%');
		expect(id).toContain(
			`precision-nya sekitar ${prose(data, 2)} pada dataset dan sekitar ${prose(line, 2)} di lini produksi`
		);
		// "almost three of every four alarms are OK parts"
		expect(1 - line).toBeGreaterThan(0.7);
		expect(1 - line).toBeLessThan(0.75);
		expect(id).toContain('hampir tiga dari setiap empat alarm adalah komponen OK');
		// "raise specificity to 0,99 and watch precision climb"
		expect(atPrevalence(recall, 0.99, 0.02).precision!).toBeGreaterThan(line);
		expect(id).toContain('naikkan spesifisitas ke 0,99');
	});
});
