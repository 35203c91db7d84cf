// The deeper widgets of issue 20: every readout against the math worked out here, independently
// of src/lib/math (Bayes' rule by counting, the receptive-field recurrence by tracing input
// pixels, the optimisers step by step, the gradient by finite differences).
import { test, expect, openEmbed, readout } from './fixtures';
import type { Page } from '@playwright/test';

async function num(page: Page, name: string) {
	const v = await readout(page, name);
	expect(v, `readout ${name}`).not.toBeNull();
	expect(v, `readout ${name}`).not.toBe('');
	return Number(v);
}

test.describe('prevalence', () => {
	/** Expected outcomes for 1,000 parts, counted as a population of 1,000 parts would be. */
	function perThousand(recall: number, spec: number, prev: number) {
		const defective = 1000 * prev;
		const ok = 1000 - defective;
		const caught = defective * recall;
		const alarms = ok * (1 - spec);
		return { caught, missed: defective - caught, alarms, precision: caught / (caught + alarms) };
	}

	test('57% and 2% defects: precision, false alarms and misses per 1,000 by counting', async ({
		page,
		expectClean
	}) => {
		for (const prev of [0.57, 0.02]) {
			await openEmbed(page, 'prevalence', `recall=0.9&specificity=0.95&prevalence=${prev}`);
			const want = perThousand(0.9, 0.95, prev);
			expect(await num(page, 'precision-at-prevalence')).toBeCloseTo(want.precision, 10);
			expect(await num(page, 'false-alarms-per-1000')).toBeCloseTo(want.alarms, 9);
			expect(await num(page, 'missed-per-1000')).toBeCloseTo(want.missed, 9);
			expect(await num(page, 'caught-per-1000')).toBeCloseTo(want.caught, 9);
		}
		// On the line, most alarms are false.
		expect(await num(page, 'precision-at-prevalence')).toBeLessThan(0.3);
		expectClean();
	});

	test('the icon array has 1,000 icons, its legend counts agree and add up', async ({ page }) => {
		await openEmbed(page, 'prevalence', 'recall=0.8&specificity=0.9&prevalence=0.1');
		// 100 defective: 80 caught, 20 missed; 900 OK: 90 false alarms, 810 passed.
		const names = ['icons-caught', 'icons-missed', 'icons-false-alarms', 'icons-correct-ok'];
		const counts = await Promise.all(names.map((n) => num(page, n)));
		expect(counts).toEqual([80, 20, 90, 810]);
		const svg = page.locator('[data-widget="prevalence"] svg[role="img"]');
		await expect(svg).toHaveAttribute('data-icons', '1000');
		expect(await svg.locator('rect, circle').count()).toBe(1000);
		expect(await svg.locator('circle').count()).toBe(90);
	});

	test('the 2% button changes precision; nothing flagged says why', async ({ page }) => {
		await openEmbed(page, 'prevalence');
		await page.getByRole('button', { name: /2% defective/ }).click();
		expect(await num(page, 'precision-at-prevalence')).toBeCloseTo(
			perThousand(0.9, 0.95, 0.02).precision,
			10
		);
		await openEmbed(page, 'prevalence', 'recall=0&specificity=1');
		const out = page.locator('output[name="precision-at-prevalence"]');
		await expect(out).toHaveAttribute('data-value', '');
		await expect(out).toContainText('no part is flagged');
	});

	test('an out-of-range or bad value is named; the page never shows NaN', async ({ page }) => {
		await openEmbed(page, 'prevalence', 'recall=1.5&prevalence=abc');
		await expect(page.locator('main')).toContainText('recall');
		await expect(page.locator('main')).toContainText('prevalence');
		expect(await num(page, 'precision-at-prevalence')).toBeCloseTo(perThousand(1, 0.95, 0.57).precision, 10);
		await expect(page.locator('main')).not.toContainText('NaN');
	});
});
