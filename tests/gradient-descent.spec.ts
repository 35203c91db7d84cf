// The gradient-descent widget against the contract: x ← x − lr·f′(x), `steps` times, stopping
// once converged (|lr·f′(x)| < 1e-6) or diverged (|x| > 1e6 or not finite). The reference
// below is written here from the contract, independently of src/lib/math.
import { test, expect, openEmbed, readout } from './fixtures';

const F = {
	quadratic: { f: (x: number) => x * x, df: (x: number) => 2 * x },
	// Products, left to right, as written in the formula (see src/lib/math/gd.ts on why not `**`).
	'double-well': {
		f: (x: number) => x * x * x * x - 3 * x * x + x,
		df: (x: number) => 4 * x * x * x - 6 * x + 1
	}
};
type Name = keyof typeof F;

function reference(fn: Name, lr: number, x0: number, steps: number) {
	const { f, df } = F[fn];
	let x = x0;
	const bad = (v: number) => !Number.isFinite(v) || Math.abs(v) > 1e6;
	for (let i = 0; i < steps; i++) {
		if (bad(x) || Math.abs(lr * df(x)) < 1e-6) break;
		x = x - lr * df(x);
	}
	const status = bad(x) ? 'diverged' : Math.abs(lr * df(x)) < 1e-6 ? 'converged' : 'running';
	return { x, loss: f(x), status };
}

const cases: [Name, number, number, number][] = [
	['quadratic', 0.1, 2, 3],
	['quadratic', 0.1, 2, 1000],
	['quadratic', 0.9, -3.5, 17],
	['quadratic', 1.5, 1, 1000],
	['quadratic', 0.0001, 5, 1000],
	['double-well', 0.05, 2, 7],
	['double-well', 0.05, 2, 1000],
	['double-well', 0.1, 2, 1000],
	['double-well', 0.15, 2, 333],
	['double-well', 0.2, 2, 1000],
	['double-well', 0.01, -0.37, 0]
];

for (const [fn, lr, x0, steps] of cases) {
	test(`contract: fn=${fn} lr=${lr} x0=${x0} steps=${steps}`, async ({ page, expectClean }) => {
		await openEmbed(page, 'gradient-descent', `fn=${fn}&lr=${lr}&x0=${x0}&steps=${steps}`);
		const r = reference(fn, lr, x0, steps);
		expect(await readout(page, 'x')).toBe(String(r.x));
		expect(await readout(page, 'loss')).toBe(String(r.loss));
		expect(await readout(page, 'status')).toBe(r.status);
		await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
		expectClean();
	});
}

test('divergence is shown as divergence, with a message, never NaN', async ({ page }) => {
	await openEmbed(page, 'gradient-descent', 'fn=double-well&lr=2&x0=5&steps=1000');
	expect(await readout(page, 'status')).toBe('diverged');
	await expect(page.locator('output[name="status"]')).toHaveText('diverged');
	await expect(page.getByText(/Diverged after \d+ updates/)).toBeVisible();
	await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
	const x = Number(await readout(page, 'x'));
	expect(Math.abs(x)).toBeGreaterThan(1e6);
});

test('out-of-range and bad parameters are clamped or refused with a message', async ({ page }) => {
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=5&x0=abc&steps=5000');
	await expect(page.getByRole('status').filter({ hasText: '“lr”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“x0”' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: '“steps”' })).toBeVisible();
	// lr clamped to 2, x0 default 2, steps clamped to 1000: x ← x − 4x = −3x diverges.
	const r = reference('quadratic', 2, 2, 1000);
	expect(await readout(page, 'x')).toBe(String(r.x));
	expect(await readout(page, 'status')).toBe('diverged');
});

test('Step, Back, typed values and Share', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openEmbed(page, 'gradient-descent', 'fn=double-well&lr=0.05&x0=2');
	const lr = page.getByLabel('Learning rate lr', { exact: true });
	await lr.fill('0.02');
	await lr.press('Enter');
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	await page.getByRole('button', { name: '10 steps' }).click();
	let r = reference('double-well', 0.02, 2, 12);
	expect(await readout(page, 'x')).toBe(String(r.x));
	expect(await readout(page, 'updates')).toBe('12');
	await page.getByRole('button', { name: 'Back' }).click();
	r = reference('double-well', 0.02, 2, 11);
	expect(await readout(page, 'x')).toBe(String(r.x));

	// A refused typed value keeps the last good one and says why.
	await lr.fill('fast');
	await lr.press('Enter');
	await expect(page.getByText('“fast” is not a number. Keeping 0.02.')).toBeVisible();
	expect(await readout(page, 'x')).toBe(String(r.x));
	// Out of range: clamped with a note.
	await lr.fill('9');
	await lr.press('Enter');
	await expect(page.getByText(/9 is outside 0.0001…2; using 2/)).toBeVisible();

	await page.getByRole('button', { name: 'Share' }).click();
	const link = await page.locator('[data-share-link]').first().getAttribute('href');
	expect(link).toContain('fn=double-well');
	expect(link).toContain('lr=2');
	expect(link).toContain('steps=11');
});

test('keyboard: the log-scale slider and the start handle', async ({ page }) => {
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=0.1&x0=2&steps=5');
	const handle = page.locator('[data-handle="x0"]');
	await handle.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Shift+ArrowLeft');
	// Moving the start resets the steps: x is the new start, 2 + 0.1 + 0.1 − 1 (rounded to 0.01).
	expect(Number(await readout(page, 'x'))).toBeCloseTo(1.2, 12);
	expect(await readout(page, 'updates')).toBe('0');
	await page.getByRole('button', { name: 'Step', exact: true }).click();
	expect(Number(await readout(page, 'x'))).toBeCloseTo(1.2 - 0.1 * 2.4, 12);

	const slider = page.getByLabel('Learning rate (log scale)');
	await slider.focus();
	for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight'); // log10 lr: −1 → −0.7
	const lr = Number((10 ** -0.7).toPrecision(3));
	await expect(page.getByLabel('Learning rate lr', { exact: true })).toHaveValue(String(lr));
	expect(await readout(page, 'x')).toBe(String(reference('quadratic', lr, 1.2, 1).x));
});

test('drag the start point with the mouse', async ({ page }) => {
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=0.1&x0=2&steps=3');
	const svg = page.locator('svg.curve');
	const box = (await svg.boundingBox())!;
	// The plot spans x ∈ [−3, 3] over the viewBox 48…548 of 560 units.
	const at = (x: number) => box.x + ((48 + ((x + 3) / 6) * 500) / 560) * box.width;
	await page.mouse.move(at(2), box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(at(0), box.y + box.height / 2, { steps: 5 });
	await page.mouse.move(at(-1.5), box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	expect(Number(await readout(page, 'x'))).toBeCloseTo(-1.5, 1);
	expect(await readout(page, 'updates')).toBe('0');
});

test('Play runs to the end at once when reduced motion is asked for', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=0.1&x0=2');
	await page.getByRole('button', { name: 'Play' }).click();
	expect(await readout(page, 'status')).toBe('converged');
	expect(await readout(page, 'x')).toBe(String(reference('quadratic', 0.1, 2, 1000).x));
});

test('Play stops when the loss curve changes', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=0.001&x0=2');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(async () => Number(await readout(page, 'updates'))).toBeGreaterThan(1);
	await page.locator('[data-control="fn"]').selectOption('double-well');
	const after = await readout(page, 'updates');
	await page.waitForTimeout(800); // three ticks of the 250 ms timer, had it kept running
	expect(await readout(page, 'updates')).toBe(after);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('2-D view: a step on the bowl by hand, and zig-zag in the valley', async ({ page }) => {
	await openEmbed(page, 'gradient-descent-2d', 'fn=bowl&lr=0.25&x0=2&y0=-4&steps=1');
	expect(Number(await readout(page, 'px'))).toBe(1);
	expect(Number(await readout(page, 'py'))).toBe(-2);
	expect(Number(await readout(page, 'loss'))).toBe(5);
	await openEmbed(page, 'gradient-descent-2d', 'fn=valley&lr=0.45&x0=-4&y0=1&steps=0');
	const ys: number[] = [];
	for (let i = 0; i < 4; i++) {
		await page.getByRole('button', { name: 'Step', exact: true }).click();
		ys.push(Number(await readout(page, 'py')));
	}
	// y ← y − 0.45·4y = −0.8y: the sign flips every step.
	expect(ys[0]).toBeCloseTo(-0.8, 12);
	for (let i = 1; i < 4; i++) expect(Math.sign(ys[i])).toBe(-Math.sign(ys[i - 1]));
	const start = page.locator('[data-handle="start"]');
	await start.focus();
	await page.keyboard.press('ArrowUp');
	expect(await readout(page, 'updates')).toBe('0');
	expect(Number(await readout(page, 'py'))).toBeCloseTo(1.1, 12);
});

test('with momentum, "converged" waits for the true next step; a growing loss is called out', async ({
	page
}) => {
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=0.0001&x0=-5&steps=1000&momentum=0.99');
	expect(await readout(page, 'status')).toBe('running');
	await expect(page.getByText(/^Converged/)).toHaveCount(0);
	await expect(page.getByText(/^Swinging: the ball has passed the minimum and turned back/)).toBeVisible();
	// It swings about 0.45 to and fro in its last 20 steps: that is not "crawling".
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=0.01&x0=2&steps=100&momentum=0.95');
	await expect(page.getByText(/^Crawling/)).toHaveCount(0);
	await expect(page.getByText(/^Swinging/)).toBeVisible();
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=1.1&x0=1&steps=4');
	expect(await readout(page, 'status')).toBe('running');
	await expect(page.getByText(/^Diverging: the loss has grown/)).toBeVisible();
});

test('a ball that leaves the chart is marked at its edge with its x; a coasting momentum run is not "diverging"', async ({
	page
}) => {
	// x² with η = 1.1 from 2: x = 2·(−1.2)^n; after 9 steps |x| ≈ 10.3, beyond the drawn ±3…
	// (with "Follow the ball" off: on, the view widens to keep it, tests/gd-follow.spec.ts)
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=1.1&x0=2&steps=9');
	await page.getByLabel('Follow the ball').uncheck();
	const x = Number(await readout(page, 'x'));
	expect(Math.abs(x)).toBeGreaterThan(3);
	const edge = page.locator('[data-ball-offscreen]');
	await expect(edge).toHaveAttribute('data-ball-offscreen', x > 0 ? 'right' : 'left');
	await expect(edge).toContainText(/ball off the chart at x = −?\d/);
	// … while after 2 steps (|x| = 2.88) it is on the chart and needs no marker.
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=1.1&x0=2&steps=2');
	await expect(page.locator('[data-ball-offscreen]')).toHaveCount(0);
	// The run: momentum 0.99 swings for hundreds of steps without passing where it began.
	await openEmbed(page, 'gradient-descent', 'fn=quadratic&lr=0.0001&x0=-5&steps=700&momentum=0.99');
	await expect(page.getByText(/^Diverging/)).toHaveCount(0);
});
