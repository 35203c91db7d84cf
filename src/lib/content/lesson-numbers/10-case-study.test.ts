// Lesson 10's worked numbers are the math's, not typed from memory: each claim is read from
// the lesson file and recomputed with src/lib/math.
import { describe, expect, it } from 'vitest';
import { atPrevalence } from '$lib/math/prevalence';
import { flat, lesson } from './read';

describe('lesson 10: the data set’s counts and precision on a real line', () => {
	const text = flat(lesson('10-case-study'));
	it('the split table and the 57% share of defects', () => {
		expect(text).toContain('| train | 3,758 | 2,875 | 6,633 |');
		expect(text).toContain('| test | 453 | 262 | 715 |');
		expect(3758 + 2875).toBe(6633);
		expect(453 + 262).toBe(715);
		expect(Math.round(((3758 + 453) / 7348) * 100)).toBe(57);
		expect(Math.round((3758 / 6633) * 100)).toBe(57);
		expect(text).toContain('About 57% of the photos show defects');
	});
	it('precision at the test set’s rate and at 2% is atPrevalence of the stated recall and specificity', () => {
		const m = /a model with recall \$([\d.]+)\$ and specificity \$([\d.]+)\$/.exec(text)!;
		const [recall, spec] = [Number(m[1]), Number(m[2])];
		const rate = 453 / 715;
		const test = atPrevalence(recall, spec, rate);
		expect(text).toContain(
			`where 453 of the 715 parts (${Math.round(rate * 100)}%) are defective, its precision is $${test.precision!.toFixed(2)}$`
		);
		const line = atPrevalence(recall, spec, 0.02);
		const [caught, missed, fa] = [line.truePerThousand, line.missedPerThousand, line.falseAlarmsPerThousand].map(
			Math.round
		);
		const [def, ok] = [Math.round(1000 * 0.02), Math.round(1000 * 0.98)];
		expect(caught + missed).toBe(def);
		expect(text).toContain(`of every 1,000 parts ${def} are defective: the model catches ${caught} of them and misses ${missed}`);
		expect(text).toContain(`it also flags ${fa} of the ${ok} OK parts. Of its ${caught + fa} alarms only ${caught} are real`);
		expect(text).toContain(`$${caught} / ${caught + fa} \\approx ${line.precision!.toFixed(2)}$`);
		// the rounded counts tell the same story as the exact precision
		expect((caught / (caught + fa)).toFixed(2)).toBe(line.precision!.toFixed(2));
		expect(line.precision!).toBeLessThan(0.5);
	});
});
