// Issue 14, item 3: the gradient-descent charts follow the ball. However far a large learning
// rate throws it, the ball is drawn inside the plot area, and no tick labels pile up.
import { test, expect, openEmbed, readout } from './fixtures';
import type { Page } from '@playwright/test';

/** Where the ball is drawn, against the plot area, in screen pixels; null when no ball is drawn. */
async function ballInPlot(page: Page) {
	return page.evaluate(() => {
		const ball = document.querySelector('[data-ball]');
		const plot = document.querySelector('[data-plot-area]')!.getBoundingClientRect();
		if (!ball) return null;
		const b = ball.getBoundingClientRect();
		const cx = (b.left + b.right) / 2;
		const cy = (b.top + b.bottom) / 2;
		return {
			inside: cx >= plot.left && cx <= plot.right && cy >= plot.top && cy <= plot.bottom,
			at: [cx, cy],
			plot: [plot.left, plot.top, plot.right, plot.bottom]
		};
	});
}

/** Pairs of tick labels on one axis whose boxes overlap (should be none). */
async function pileUps(page: Page) {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const svg of document.querySelectorAll('[data-widget^="gradient-descent"] svg'))
			for (const axis of ['x', 'y']) {
				const boxes = [...svg.querySelectorAll(`[data-tick-${axis}] text`)].map((t) => ({
					text: t.textContent,
					r: t.getBoundingClientRect()
				}));
				for (let i = 0; i < boxes.length; i++)
					for (let j = i + 1; j < boxes.length; j++) {
						const [a, b] = [boxes[i].r, boxes[j].r];
						if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
							out.push(`${axis}: ${boxes[i].text} / ${boxes[j].text}`);
					}
			}
		return out;
	});
}

/**
 * No tick labels pile up once the drawing has settled. Label sizes are raised a frame after the
 * ticks are drawn (keepTextLegible) and the tick spacing follows a ResizeObserver, so on a loaded
 * machine one read two frames after a step can catch them mid-update (a CI run did); a pile-up
 * that stays fails after two seconds.
 */
const noPileUps = (page: Page, what: string) =>
	expect(async () => expect(await pileUps(page), what).toEqual([])).toPass({ timeout: 2000 });

const frames = (page: Page) =>
	page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test.describe('under reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('stepping a diverging run one step at a time, the ball never leaves the plot', async ({
		page,
		expectClean
	}) => {
		// x² with η = 1.5: x ← −2x, so from 2 the ball doubles and swaps sides each step.
		await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=1.5&x0=2');
		const step = page.locator('[data-widget="gradient-descent"] [data-step="next"]');
		for (let i = 1; i <= 24 && !(await step.isDisabled()); i++) {
			await step.click();
			await frames(page);
			const b = await ballInPlot(page);
			expect(b, `step ${i}: a ball is drawn`).not.toBeNull();
			expect(b!.inside, `step ${i}: ball at ${b!.at} inside ${b!.plot}`).toBe(true);
			await expect(page.locator('[data-ball-offscreen]')).toHaveCount(0);
			await noPileUps(page, `step ${i}`);
		}
		expect(await readout(page, 'status')).toBe('diverged');
		expect(Math.abs(Number(await readout(page, 'x')))).toBeGreaterThan(1e6);
		expectClean();
	});

	test('in two dimensions too: a run that leaves the plane stays in view', async ({ page, expectClean }) => {
		// The valley with η = 1: y ← y − 4y = −3y, so the ball triples its distance across the valley.
		await openEmbed(page, 'gradient-descent-2d', 'fn=valley&lr=1&x0=-4&y0=1.5');
		const step = page.locator('[data-widget="gradient-descent-2d"] [data-step="next"]');
		for (let i = 1; i <= 16 && !(await step.isDisabled()); i++) {
			await step.click();
			await frames(page);
			const b = await ballInPlot(page);
			expect(b, `step ${i}: a ball is drawn`).not.toBeNull();
			expect(b!.inside, `step ${i}: ball at ${b!.at} inside ${b!.plot}`).toBe(true);
			await noPileUps(page, `step ${i}`);
		}
		expect(await readout(page, 'status')).toBe('diverged');
		// Follow off: the plane stays ±5 and the ball is gone from it.
		await page.getByLabel('Follow the ball').uncheck();
		await expect(page.locator('[data-ball]')).toHaveCount(0);
		expectClean();
	});
});

test('the view slides after the ball, and stops following when asked', async ({ page, expectClean }) => {
	for (const fn of ['quadratic', 'double-well', 'plateau']) {
		await openEmbed(page, 'gradient-descent', `fn=${fn}&lr=2&x0=2`);
		for (let i = 0; i < 3; i++) {
			const ten = page.getByRole('button', { name: '10 steps' });
			if (await ten.isDisabled()) break;
			await ten.click();
			await expect(async () => expect((await ballInPlot(page))?.inside).toBe(true)).toPass();
			await noPileUps(page, `${fn}, ${i + 1}0 steps`);
		}
	}
	// Follow off: the chart keeps its own range and marks the ball at its edge instead.
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=1.5&x0=2&steps=6');
	await expect(async () => expect((await ballInPlot(page))?.inside).toBe(true)).toPass();
	await page.getByLabel('Follow the ball').uncheck();
	await expect(page.locator('[data-ball-offscreen]')).toHaveAttribute('data-ball-offscreen', 'right');
	await expect(page.locator('[data-ball]')).toHaveCount(0);
	await page.getByLabel('Follow the ball').check();
	await expect(async () => expect((await ballInPlot(page))?.inside).toBe(true)).toPass();
	await expect(page.locator('[data-ball-offscreen]')).toHaveCount(0);
	expectClean();
});

test('on a phone, where labels are raised to 12 px, the tick labels still do not pile up', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const q of [
		'fn=quadratic&lr=1.5&x0=2&steps=14',
		'fn=double-well&lr=0.05&x0=2&steps=30',
		'fn=quadratic&lr=1.5&x0=2&steps=19'
	]) {
		await openEmbed(page, 'gradient-descent', q);
		await frames(page);
		await page.waitForTimeout(400);
		expect(await pileUps(page), q).toEqual([]);
	}
	await openEmbed(page, 'gradient-descent-2d', 'fn=valley&lr=1&x0=-4&y0=1.5&steps=8');
	await frames(page);
	await page.waitForTimeout(400);
	expect(await pileUps(page)).toEqual([]);
});
